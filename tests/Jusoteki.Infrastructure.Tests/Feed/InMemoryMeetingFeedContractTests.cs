using Jusoteki.Infrastructure.Feed;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jusoteki.Infrastructure.Tests.Feed;

/// <summary>One process: both "processes" of the contract are the same in-memory feed.</summary>
public sealed class InMemoryMeetingFeedContractTests : MeetingFeedContract
{
    private readonly InMemoryMeetingFeed _feed = new(NullLogger<InMemoryMeetingFeed>.Instance);

    protected override IMeetingFeed Here => _feed;

    protected override IMeetingFeed There => _feed;
}
