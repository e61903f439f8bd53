using System.Reflection;
using NetArchTest.Rules;

namespace MachiDx.Tests.Architecture;

/// <summary>
/// The conventions of ADR 0014 that a compiler does not check: an Api class is static (it maps endpoints and turns
/// desk results into responses, it holds no state); a desk does not call another capability's desk; and the module
/// boundaries hold for Razor views as they do for code (views compile into <c>AspNetCoreGeneratedDocument</c>, outside
/// the modules' namespaces, so <see cref="ModuleBoundaryTests"/> alone would not see them).
/// </summary>
public sealed class ConventionTests
{
    private static readonly Assembly App = typeof(MachiDx.Platform.PlatformModule).Assembly;

    private static readonly string[] FeatureModules = ["Wallet", "Procedures", "Activities", "Personnel", "Insight"];

    private static IEnumerable<Type> AppTypes => App.GetTypes().Where(t => !t.Name.StartsWith('<') && t.Namespace?.StartsWith("MachiDx.", StringComparison.Ordinal) == true);

    /// <summary>Compiled views of one module's folder, e.g. <c>Wallet_Pay_ShopPay</c> for <c>/Wallet/Pay/ShopPay.cshtml</c>.</summary>
    private static Type[] Views(string folder) =>
        [.. App.GetTypes().Where(t => t.Namespace == "AspNetCoreGeneratedDocument" && t.Name.StartsWith(folder + "_", StringComparison.Ordinal))];

    [Fact]
    public void Api_classes_are_static()
    {
        var apis = AppTypes.Where(t => t.Name.EndsWith("Api", StringComparison.Ordinal) && !t.IsInterface).ToList();
        Assert.True(apis.Count >= 7, "Expected the modules' Api classes; found " + apis.Count);
        var notStatic = apis.Where(t => !(t.IsAbstract && t.IsSealed)).Select(t => t.FullName).ToList();
        Assert.True(notStatic.Count == 0, "Api classes that are not static: " + string.Join(", ", notStatic));
    }

    [Fact]
    public void A_desk_does_not_call_another_desk()
    {
        var desks = AppTypes.Where(t => t.Name.EndsWith("Desk", StringComparison.Ordinal) && t.IsClass).ToList();
        Assert.True(desks.Count >= 15, "Expected the modules' desks; found " + desks.Count);
        var offenders = new List<string>();
        foreach (var desk in desks)
        {
            var others = desks.Where(d => d != desk).Select(d => d.FullName!).ToArray();
            var result = Types.InAssembly(App).That().HaveName(desk.Name).And().ResideInNamespace(desk.Namespace!)
                .ShouldNot().HaveDependencyOnAny(others).GetResult();
            if (!result.IsSuccessful)
            {
                offenders.Add(desk.FullName!);
            }
        }

        Assert.True(offenders.Count == 0, "Desks that call another desk (move the shared rule to the entity or a Directory/Book): " + string.Join(", ", offenders));
    }

    [Fact]
    public void Views_keep_the_module_boundaries()
    {
        var platformViews = Views("Platform");
        Assert.NotEmpty(platformViews);
        foreach (var module in FeatureModules)
        {
            var views = Views(module);
            Assert.True(views.Length > 0, $"No compiled views found for {module}: has the generated class naming changed?");
            var platformResult = Types.InAssembly(App).That().ResideInNamespace("AspNetCoreGeneratedDocument").And().HaveNameStartingWith("Platform_")
                .ShouldNot().HaveDependencyOn($"MachiDx.{module}").GetResult();
            Assert.True(platformResult.IsSuccessful, $"Platform views depend on {module}: " + string.Join(", ", platformResult.FailingTypeNames ?? []));

            foreach (var other in FeatureModules.Where(o => o != module))
            {
                var otherInternals = AppTypes
                    .Where(t => t.Namespace!.StartsWith($"MachiDx.{other}", StringComparison.Ordinal)
                        && !t.Namespace.StartsWith($"MachiDx.{other}.Contracts", StringComparison.Ordinal))
                    .Select(t => t.FullName!).Distinct().ToArray();
                var result = Types.InAssembly(App).That().ResideInNamespace("AspNetCoreGeneratedDocument").And().HaveNameStartingWith(module + "_")
                    .ShouldNot().HaveDependencyOnAny(otherInternals).GetResult();
                Assert.True(result.IsSuccessful, $"{module} views reach into {other} outside its Contracts: " + string.Join(", ", result.FailingTypeNames ?? []));
            }
        }
    }
}
