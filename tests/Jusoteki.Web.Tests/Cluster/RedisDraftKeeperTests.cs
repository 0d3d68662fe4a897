using Jusoteki.Testing;
using Jusoteki.Web.Cluster;
using Jusoteki.Web.Meetings;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jusoteki.Web.Tests.Cluster;

/// <summary>Unsaved drafts across two servers: two keepers on two connections to one real redis-server.</summary>
public sealed class RedisDraftKeeperTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private readonly Guid _meeting = Guid.NewGuid();
    private readonly FieldKey _policy = new(Guid.NewGuid(), BoardField.SupportPolicy);
    private readonly FieldKey _note = new(Guid.NewGuid(), BoardField.AgencyNote, Guid.NewGuid());

    [Fact]
    public async Task A_draft_typed_on_one_server_is_restored_on_the_other_for_that_person_only()
    {
        var a = new RedisDraftKeeper(redis.Connect(), NullLogger<RedisDraftKeeper>.Instance);
        var b = new RedisDraftKeeper(redis.Connect(), NullLogger<RedisDraftKeeper>.Instance);

        a.Keep("houkatsu", _meeting, new Draft(_policy, "書きかけ", 0));
        a.Keep("houkatsu", _meeting, new Draft(_policy, "書きかけの方針", 0));
        a.Keep("houkatsu", _meeting, new Draft(_note, "各機関の情報", 2));
        await Eventually.True(() => b.KeptAsync("houkatsu", _meeting).Result.Count == 2, "B has both drafts");

        var kept = (await b.KeptAsync("houkatsu", _meeting)).OrderBy(d => d.Field.Field).ToList();
        Assert.Equal([new Draft(_policy, "書きかけの方針", 0), new Draft(_note, "各機関の情報", 2)], kept);
        Assert.Empty(await b.KeptAsync("shakyo", _meeting));
        Assert.Empty(await b.KeptAsync("houkatsu", Guid.NewGuid()));
    }

    [Fact]
    public async Task A_draft_saved_on_one_server_is_forgotten_on_the_other()
    {
        var a = new RedisDraftKeeper(redis.Connect(), NullLogger<RedisDraftKeeper>.Instance);
        var b = new RedisDraftKeeper(redis.Connect(), NullLogger<RedisDraftKeeper>.Instance);
        a.Keep("houkatsu", _meeting, new Draft(_policy, "書きかけの方針", 0));
        a.Keep("houkatsu", _meeting, new Draft(_note, "各機関の情報", 2));

        a.Forget("houkatsu", _meeting, _policy);

        await Eventually.True(() => b.KeptAsync("houkatsu", _meeting).Result.Count == 1, "B keeps only the note");
        Assert.Equal(_note, (await b.KeptAsync("houkatsu", _meeting)).Single().Field);
    }

    [Fact]
    public async Task Drafts_nobody_comes_back_to_expire()
    {
        var a = new RedisDraftKeeper(redis.Connect(), NullLogger<RedisDraftKeeper>.Instance) { Lifetime = TimeSpan.FromMilliseconds(300) };

        a.Keep("houkatsu", _meeting, new Draft(_policy, "書きかけの方針", 0));
        var ttl = await redis.Connect().GetDatabase().KeyTimeToLiveAsync(RedisDraftKeeper.KeyOf("houkatsu", _meeting));

        Assert.NotNull(ttl);
        await Eventually.True(() => a.KeptAsync("houkatsu", _meeting).Result.Count == 0, "the draft expired");
    }
}
