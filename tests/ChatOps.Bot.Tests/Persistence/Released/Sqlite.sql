-- The schema today's release builds on SQLite: its five hand-written migrations (202611230001_Initial to
-- 202611230005_AuditAndDeadlines) as EF's migrator scripted them before the sets were scaffolded, history rows
-- included. Never edited: it is what databases made by that release look like.

CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "Incidents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Incidents" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "SeverityKey" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Category" TEXT NULL,
    "ChannelId" TEXT NOT NULL,
    "ChannelName" TEXT NOT NULL,
    "CardMessageId" TEXT NULL,
    "DeclaredBy" TEXT NOT NULL,
    "Commander" TEXT NOT NULL,
    "Comms" TEXT NULL,
    "Scribe" TEXT NULL,
    "AffectedServices" TEXT NOT NULL,
    "Impact" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Private" INTEGER NOT NULL,
    "Summary" TEXT NULL,
    "PostMortemFile" TEXT NULL,
    "DeclaredAt" INTEGER NOT NULL,
    "AcknowledgedAt" INTEGER NULL,
    "AcknowledgedBy" TEXT NULL,
    "MitigatedAt" INTEGER NULL,
    "ResolvedAt" INTEGER NULL,
    "ClosedAt" INTEGER NULL,
    "LastUpdateAt" INTEGER NULL,
    "LastUpdateReminderAt" INTEGER NULL,
    "SeverityChangedAt" INTEGER NOT NULL,
    "LastEscalatedAt" INTEGER NULL,
    "EscalationTier" INTEGER NOT NULL,
    "PostMortemReminded" INTEGER NOT NULL,
    "PendingTriageQuestion" TEXT NULL,
    "Timeline" TEXT NOT NULL,
    "Triage" TEXT NOT NULL,
    "Escalations" TEXT NOT NULL,
    "Participants" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_Incidents_Number" ON "Incidents" ("Number");

CREATE UNIQUE INDEX "IX_Incidents_Year_Sequence" ON "Incidents" ("Year", "Sequence");

CREATE INDEX "IX_Incidents_ChannelId" ON "Incidents" ("ChannelId");

CREATE INDEX "IX_Incidents_Status" ON "Incidents" ("Status");

CREATE TABLE "Reminders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Reminders" PRIMARY KEY AUTOINCREMENT,
    "IncidentId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "Tier" INTEGER NOT NULL
);

CREATE INDEX "IX_Reminders_DueAt" ON "Reminders" ("DueAt");

CREATE INDEX "IX_Reminders_IncidentId" ON "Reminders" ("IncidentId");

CREATE TABLE "Settings" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_Settings" PRIMARY KEY,
    "Value" TEXT NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611230001_Initial', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Inbox" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Inbox" PRIMARY KEY AUTOINCREMENT,
    "DedupeKey" TEXT NOT NULL,
    "Platform" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "ProcessedAt" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "Error" TEXT NULL
);

CREATE UNIQUE INDEX "IX_Inbox_DedupeKey" ON "Inbox" ("DedupeKey");

CREATE INDEX "IX_Inbox_ProcessedAt" ON "Inbox" ("ProcessedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611230002_Inbox', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Incidents" ADD "Version" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Reminders" ADD "ClaimedBy" TEXT NULL;

ALTER TABLE "Reminders" ADD "ClaimedUntil" INTEGER NULL;

ALTER TABLE "Inbox" ADD "ClaimedBy" TEXT NULL;

ALTER TABLE "Inbox" ADD "ClaimedUntil" INTEGER NULL;

CREATE TABLE "Counters" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_Counters" PRIMARY KEY,
    "Value" INTEGER NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611230003_Replicas', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Outbox" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Outbox" PRIMARY KEY AUTOINCREMENT,
    "Ref" TEXT NOT NULL,
    "Queue" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "DeliveredAt" INTEGER NULL,
    "ResultId" TEXT NULL,
    "ResultName" TEXT NULL,
    "LastError" TEXT NULL,
    "ClaimedBy" TEXT NULL,
    "ClaimedUntil" INTEGER NULL,
    "Uncertain" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_Outbox_Ref" ON "Outbox" ("Ref");

CREATE INDEX "IX_Outbox_Status_Queue_Id" ON "Outbox" ("Status", "Queue", "Id");

CREATE INDEX "IX_Outbox_Kind_ResultId" ON "Outbox" ("Kind", "ResultId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611230004_Outbox', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Incidents" ADD "Kind" TEXT NULL;

ALTER TABLE "Incidents" ADD "Deadlines" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "Reminders" ADD "Clock" TEXT NULL;

CREATE TABLE "Audit" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Audit" PRIMARY KEY AUTOINCREMENT,
    "At" INTEGER NOT NULL,
    "Actor" TEXT NOT NULL,
    "Platform" TEXT NOT NULL,
    "IncidentNumber" TEXT NULL,
    "Command" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Message" TEXT NULL
);

CREATE INDEX "IX_Audit_IncidentNumber" ON "Audit" ("IncidentNumber");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611230005_AuditAndDeadlines', '10.0.14');

COMMIT;

