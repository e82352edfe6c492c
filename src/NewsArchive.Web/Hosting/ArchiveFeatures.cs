using NewsArchive.Data.Ingestion;
using NewsArchive.Web.Features.Articles;
using NewsArchive.Web.Features.Ingest;

namespace NewsArchive.Web.Hosting;

public static class ArchiveFeatures
{
    /// <summary>The web's own query helpers and the upload service; stateless, so one of each.</summary>
    public static IServiceCollection AddArchiveFeatures(this IServiceCollection services)
    {
        services.AddSingleton<ArticleFacetSearch>();
        services.AddSingleton<ArticleAnchorNumbers>();
        services.AddSingleton(provider => UploadLimits.For(provider.GetRequiredService<ArchiveOptions>()));
        return services;
    }
}
