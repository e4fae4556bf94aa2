-- Feeds date themselves from the newest audited change to settings and to comments: this finds it without a scan.
CREATE INDEX audit_event_by_target ON audit_event (target_kind, at);
