using System.Collections.Immutable;
using Jusoteki.Web.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jusoteki.Web.Tests.Store;

public sealed class StoreTests
{
    private sealed record Log(ImmutableList<string> Items)
    {
        public static readonly Log Empty = new(ImmutableList<string>.Empty);
    }

    private sealed record Add(string Item);
    private sealed record Ignored;
    private sealed record Ping(string Item);

    private static Log Append(Log state, Add action) => state with { Items = state.Items.Add(action.Item) };

    private sealed class PingEffect : Effect<Ping>
    {
        public override async Task HandleAsync(Ping action, IDispatcher dispatcher)
        {
            await Task.Yield();
            dispatcher.Dispatch(new Add("pong:" + action.Item));
        }
    }

    private sealed class ReadsStateEffect(IState<Log> state, List<int> seen) : Effect<Add>
    {
        public override Task HandleAsync(Add action, IDispatcher dispatcher)
        {
            seen.Add(state.Value.Items.Count);
            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingEffect : Effect<Add>
    {
        public override Task HandleAsync(Add action, IDispatcher dispatcher) => throw new InvalidOperationException("boom");
    }

    private static (Jusoteki.Web.Store.Store Store, Feature<Log> Feature) Create(params IEffect[] effects)
    {
        var feature = new Feature<Log>(Log.Empty, [new FeatureReducer<Log>(typeof(Add), (s, a) => Append(s, (Add)a))]);
        return (new Jusoteki.Web.Store.Store([feature], effects, NullLogger<Jusoteki.Web.Store.Store>.Instance), feature);
    }

    [Fact]
    public void Actions_are_reduced_in_dispatch_order()
    {
        var (store, feature) = Create();

        store.Dispatch(new Add("a"));
        store.Dispatch(new Add("b"));
        store.Dispatch(new Add("c"));

        Assert.Equal(["a", "b", "c"], feature.Value.Items);
    }

    [Fact]
    public void An_action_dispatched_while_reducing_is_reduced_after_the_current_one()
    {
        var (store, feature) = Create();
        var order = new List<string>();
        feature.StateChanged += (_, _) =>
        {
            order.Add(string.Join(",", feature.Value.Items));
            if (feature.Value.Items.Count == 1) store.Dispatch(new Add("second"));
        };

        store.Dispatch(new Add("first"));

        Assert.Equal(["first", "first,second"], order);
    }

    [Fact]
    public void Reducing_replaces_the_state_and_leaves_the_previous_value_untouched()
    {
        var (store, feature) = Create();
        store.Dispatch(new Add("a"));
        var before = feature.Value;

        store.Dispatch(new Add("b"));

        Assert.NotSame(before, feature.Value);
        Assert.Equal(["a"], before.Items);
        Assert.Equal(Append(before, new Add("b")).Items, Append(before, new Add("b")).Items); // same input, same output
    }

    [Fact]
    public void An_action_no_reducer_handles_changes_nothing_and_notifies_no_one()
    {
        var (store, feature) = Create();
        var before = feature.Value;
        var notified = 0;
        feature.StateChanged += (_, _) => notified++;

        store.Dispatch(new Ignored());

        Assert.Same(before, feature.Value);
        Assert.Equal(0, notified);
    }

    [Fact]
    public async Task An_effect_dispatches_its_follow_up_action()
    {
        var (store, feature) = Create(new PingEffect());
        var ponged = new TaskCompletionSource();
        feature.StateChanged += (_, _) => { if (feature.Value.Items.Contains("pong:1")) ponged.TrySetResult(); };

        store.Dispatch(new Ping("1"));

        await ponged.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["pong:1"], feature.Value.Items);
    }

    [Fact]
    public void Effects_start_after_the_reducers_ran()
    {
        var seen = new List<int>();
        var feature = new Feature<Log>(Log.Empty, [new FeatureReducer<Log>(typeof(Add), (s, a) => Append(s, (Add)a))]);
        var store = new Jusoteki.Web.Store.Store([feature], [new ReadsStateEffect(feature, seen)], NullLogger<Jusoteki.Web.Store.Store>.Instance);

        store.Dispatch(new Add("a"));
        store.Dispatch(new Add("b"));

        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void A_failing_effect_does_not_stop_the_store()
    {
        var (store, feature) = Create(new ThrowingEffect());

        store.Dispatch(new Add("a"));
        store.Dispatch(new Add("b"));

        Assert.Equal(["a", "b"], feature.Value.Items);
    }

    [Fact]
    public void A_failing_reducer_keeps_the_previous_state()
    {
        var feature = new Feature<Log>(Log.Empty, [new FeatureReducer<Log>(typeof(Add), (s, a) =>
            ((Add)a).Item == "bad" ? throw new InvalidOperationException() : Append(s, (Add)a))]);
        var store = new Jusoteki.Web.Store.Store([feature], [], NullLogger<Jusoteki.Web.Store.Store>.Instance);

        store.Dispatch(new Add("a"));
        store.Dispatch(new Add("bad"));
        store.Dispatch(new Add("c"));

        Assert.Equal(["a", "c"], feature.Value.Items);
    }

    [Fact]
    public async Task Concurrent_dispatches_from_the_feed_and_the_ui_are_each_reduced_once_and_in_order_per_sender()
    {
        var (store, feature) = Create();
        const int senders = 8, perSender = 500;
        using var start = new ManualResetEventSlim();

        var tasks = Enumerable.Range(0, senders).Select(s => Task.Run(() =>
        {
            start.Wait();
            for (var i = 0; i < perSender; i++) store.Dispatch(new Add($"{s}:{i}"));
        })).ToArray();
        start.Set();
        await Task.WhenAll(tasks);

        var items = feature.Value.Items;
        Assert.Equal(senders * perSender, items.Count);
        for (var s = 0; s < senders; s++)
        {
            var fromSender = items.Where(i => i.StartsWith($"{s}:")).Select(i => int.Parse(i.Split(':')[1]));
            Assert.Equal(Enumerable.Range(0, perSender), fromSender);
        }
    }

    [Fact]
    public void Each_circuit_scope_gets_its_own_store_and_state()
    {
        var services = new ServiceCollection().AddLogging()
            .AddStore(store => store.AddFeature(Log.Empty, log => log.On<Add>(Append)))
            .BuildServiceProvider();
        using var circuitA = services.CreateScope();
        using var circuitB = services.CreateScope();

        circuitA.ServiceProvider.GetRequiredService<IDispatcher>().Dispatch(new Add("only in A"));

        Assert.Equal(["only in A"], circuitA.ServiceProvider.GetRequiredService<IState<Log>>().Value.Items);
        Assert.Empty(circuitB.ServiceProvider.GetRequiredService<IState<Log>>().Value.Items);
        Assert.Same(circuitA.ServiceProvider.GetRequiredService<IDispatcher>(), circuitA.ServiceProvider.GetRequiredService<Jusoteki.Web.Store.Store>());
    }
}
