using Jusoteki.Domain.Access;
using Jusoteki.Domain.Audit;
using Jusoteki.Infrastructure.Audit;

namespace Jusoteki.Web.Audit;

/// <summary>The audit log for the 管理者: reading and verifying it are operations of the permission table like any other.</summary>
public sealed class AuditQueries(AuditLog log)
{
    public Task<IReadOnlyList<AuditRecord>> ReadAsync(Caller caller, AuditFilter filter, CancellationToken ct = default)
    {
        caller.Require(Operation.ReadAuditLog);
        return log.ReadAsync(filter, ct);
    }

    public Task<AuditVerification> VerifyAsync(Caller caller, CancellationToken ct = default)
    {
        caller.Require(Operation.ReadAuditLog);
        return log.VerifyAsync(ct);
    }
}
