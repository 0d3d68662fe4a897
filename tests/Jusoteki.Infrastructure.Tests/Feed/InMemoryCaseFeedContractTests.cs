using Jusoteki.Infrastructure.Feed;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jusoteki.Infrastructure.Tests.Feed;

public sealed class InMemoryCaseFeedContractTests : CaseFeedContract
{
    private readonly InMemoryCaseFeed _feed = new(NullLogger<InMemoryCaseFeed>.Instance);

    protected override ICaseFeed Here => _feed;

    protected override ICaseFeed There => _feed;
}
