using Microsoft.Extensions.DependencyInjection;

namespace Jusoteki.Web.Store;

/// <summary>Registers features, their reducers and effects; one <see cref="Store"/> per circuit (scoped).</summary>
public sealed class StoreBuilder(IServiceCollection services)
{
    public StoreBuilder AddFeature<TState>(TState initialState, Action<FeatureBuilder<TState>> reducers) where TState : class
    {
        var builder = new FeatureBuilder<TState>();
        reducers(builder);
        var list = builder.Reducers.ToArray();
        services.AddScoped(_ => new Feature<TState>(initialState, list));
        services.AddScoped<IState<TState>>(sp => sp.GetRequiredService<Feature<TState>>());
        services.AddScoped<IFeature>(sp => sp.GetRequiredService<Feature<TState>>());
        return this;
    }

    public StoreBuilder AddEffect<TEffect>() where TEffect : class, IEffect
    {
        services.AddScoped<IEffect, TEffect>();
        return this;
    }
}

public sealed class FeatureBuilder<TState>
{
    internal List<FeatureReducer<TState>> Reducers { get; } = [];

    public FeatureBuilder<TState> On<TAction>(Func<TState, TAction, TState> reduce)
    {
        Reducers.Add(new FeatureReducer<TState>(typeof(TAction), (state, action) => reduce(state, (TAction)action)));
        return this;
    }
}

public static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddStore(this IServiceCollection services, Action<StoreBuilder> configure)
    {
        configure(new StoreBuilder(services));
        services.AddScoped<Store>();
        services.AddScoped<IDispatcher>(sp => sp.GetRequiredService<Store>());
        return services;
    }
}
