using Jusoteki.Domain.Audit;
using Jusoteki.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jusoteki.Infrastructure.Tests.Audit;

public sealed class AuditLogTests : IAsyncLifetime
{
    private readonly TestDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();
    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Records_are_stored_in_order_and_read_back_by_case()
    {
        var log = new AuditLog(_db.Contexts);
        var caseId = Guid.NewGuid();
        var meetingId = Guid.NewGuid();
        var first = new AuditRecord(DateTimeOffset.UnixEpoch, "case.personal-information-shown", "houkatsu", "地域包括 佐藤", meetingId, caseId, "Full／同意：不同意");
        var second = first with { ActorId = "police", ActorName = "警察 高橋" };

        await log.AppendAsync([first, second]);
        await log.AppendAsync([first with { CaseId = Guid.NewGuid() }]);

        Assert.Equal([first, second], await log.ReadForCaseAsync(caseId));
    }

    [Fact]
    public async Task An_audit_record_cannot_be_changed()
    {
        await new AuditLog(_db.Contexts).AppendAsync([new AuditRecord(DateTimeOffset.UnixEpoch, "x", "a", "A", null, null, "")]);
        await using var db = _db.Contexts.CreateDbContext();
        var row = await db.AuditLog.FirstAsync();
        db.Entry(row).Property(r => r.Detail).CurrentValue = "改ざん";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
