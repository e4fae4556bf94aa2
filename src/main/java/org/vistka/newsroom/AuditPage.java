package org.vistka.newsroom;

import java.util.List;
import org.vistka.account.NewsroomLayout;
import org.vistka.account.AuditLog;

/** One page of the audit log. */
public record AuditPage(NewsroomLayout layout, List<AuditLog.Event> events, int page, boolean hasNext) {
}
