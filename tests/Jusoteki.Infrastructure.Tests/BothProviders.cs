using Jusoteki.Infrastructure.Persistence;
using Jusoteki.Infrastructure.Tests.Audit;
using Jusoteki.Infrastructure.Tests.Cases;
using Jusoteki.Infrastructure.Tests.Meetings;
using Jusoteki.Infrastructure.Tests.Minutes;

// The repository and journal tests run on each provider Jusoteki supports: the same tests, a SQLite file and a PostgreSQL
// database on the run's private cluster (PostgreSql/PostgresServer.cs).
namespace Jusoteki.Infrastructure.Tests;

public sealed class MeetingRepositoryTestsOnSqlite() : MeetingRepositoryTests(DatabaseProvider.Sqlite);
public sealed class MeetingRepositoryTestsOnPostgreSql() : MeetingRepositoryTests(DatabaseProvider.PostgreSQL);

public sealed class MeetingJournalTestsOnSqlite() : MeetingJournalTests(DatabaseProvider.Sqlite);
public sealed class MeetingJournalTestsOnPostgreSql() : MeetingJournalTests(DatabaseProvider.PostgreSQL);

public sealed class SupportCaseRepositoryTestsOnSqlite() : SupportCaseRepositoryTests(DatabaseProvider.Sqlite);
public sealed class SupportCaseRepositoryTestsOnPostgreSql() : SupportCaseRepositoryTests(DatabaseProvider.PostgreSQL);

public sealed class MinutesRepositoryTestsOnSqlite() : MinutesRepositoryTests(DatabaseProvider.Sqlite);
public sealed class MinutesRepositoryTestsOnPostgreSql() : MinutesRepositoryTests(DatabaseProvider.PostgreSQL);

public sealed class AuditLogTestsOnSqlite() : AuditLogTests(DatabaseProvider.Sqlite);
public sealed class AuditLogTestsOnPostgreSql() : AuditLogTests(DatabaseProvider.PostgreSQL);
