namespace NewsArchive.Web.Features.Api;

public static class ArchiveApiServices
{
    /// <summary>Problem details for API errors and the OpenAPI document at /openapi/v1.json.</summary>
    public static IServiceCollection AddArchiveApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }
}
