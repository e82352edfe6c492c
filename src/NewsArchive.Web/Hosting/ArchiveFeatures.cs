using NewsArchive.Data.Ingestion;
using NewsArchive.Data.Storage;
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
        services.AddSingleton<ArchiveChanges>();
        services.AddSingleton<ArticlePageCache>();
        services.AddSingleton(provider => UploadLimits.For(provider.GetRequiredService<ArchiveOptions>()));
        return services;
    }

    /// <summary>Article pages from memory while the archive is unchanged (see <see cref="ArticlePageCache"/>).</summary>
    public static IApplicationBuilder UseArticlePageCache(this IApplicationBuilder app)
    {
        var cache = app.ApplicationServices.GetRequiredService<ArticlePageCache>();
        return app.Use(cache.InvokeAsync);
    }
}
