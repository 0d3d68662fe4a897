using Jusoteki.Domain.Audit;
using Jusoteki.Infrastructure.Audit;

namespace Jusoteki.Web.Cases;

/// <summary>
/// C6 once per reader, case and page visit: a page holds one of these for as long as it is open and hands it every audit
/// record its reads produce; a case already recorded in this visit is not recorded again, however often the page re-renders.
/// </summary>
public sealed class CaseDisclosureLog(AuditLog audit)
{
    private readonly HashSet<Guid> _recorded = [];

    public async Task RecordAsync(IEnumerable<AuditRecord> records, CancellationToken ct = default)
    {
        List<AuditRecord> fresh;
        lock (_recorded) fresh = [.. records.Where(r => r.CaseId is { } id && _recorded.Add(id))];
        await audit.AppendAsync(fresh, ct);
    }
}
