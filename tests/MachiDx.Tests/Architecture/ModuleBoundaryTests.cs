using System.Reflection;
using NetArchTest.Rules;

namespace MachiDx.Tests.Architecture;

/// <summary>
/// Modules talk to each other only through their Contracts namespace; Platform (the shared kernel)
/// depends on no feature module. New modules are picked up from the namespaces present.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly App = typeof(MachiDx.Platform.PlatformModule).Assembly;

    private static readonly string[] FeatureModules = ["Wallet", "Procedures", "Activities", "Personnel", "Insight"];

    public static TheoryData<string> PresentModules =>
        [.. FeatureModules.Where(m => App.GetTypes().Any(t => t.Namespace?.StartsWith($"MachiDx.{m}", StringComparison.Ordinal) == true))];

    [Fact]
    public void Platform_depends_on_no_feature_module()
    {
        var result = Types.InAssembly(App).That().ResideInNamespace("MachiDx.Platform")
            .ShouldNot().HaveDependencyOnAny([.. FeatureModules.Select(m => $"MachiDx.{m}")])
            .GetResult();
        Assert.True(result.IsSuccessful, "Platform types depend on feature modules: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Feature_modules_use_each_other_only_through_contracts()
    {
        foreach (var module in FeatureModules)
        {
            foreach (var other in FeatureModules.Where(o => o != module))
            {
                var otherInternals = App.GetTypes()
                    .Where(t => t.Namespace?.StartsWith($"MachiDx.{other}", StringComparison.Ordinal) == true
                        && t.Namespace?.StartsWith($"MachiDx.{other}.Contracts", StringComparison.Ordinal) != true)
                    // Full type names, not namespaces: a dependency check on the namespace "MachiDx.Wallet" would also match
                    // "MachiDx.Wallet.Contracts" (NetArchTest matches by prefix).
                    .Where(t => !t.Name.StartsWith('<'))
                    .Select(t => t.FullName!)
                    .Distinct()
                    .ToArray();
                if (otherInternals.Length == 0)
                {
                    continue;
                }

                var result = Types.InAssembly(App).That().ResideInNamespace($"MachiDx.{module}")
                    .ShouldNot().HaveDependencyOnAny(otherInternals)
                    .GetResult();
                Assert.True(result.IsSuccessful,
                    $"{module} reaches into {other} outside its Contracts: " + string.Join(", ", result.FailingTypeNames ?? []));
            }
        }
    }

    [Fact]
    public void The_architecture_test_sees_the_platform_module()
    {
        // Guards the tests above against passing vacuously (e.g. after a namespace rename).
        Assert.Contains(App.GetTypes(), t => t.Namespace == "MachiDx.Platform.Data");
    }
}
