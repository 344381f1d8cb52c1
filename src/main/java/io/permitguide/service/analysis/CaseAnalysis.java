package io.permitguide.service.analysis;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.checklist.ChecklistBuilder;
import io.permitguide.service.checklist.ChecklistEntry;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.guidance.Assessment;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.timeline.CalendarEntries;
import io.permitguide.service.timeline.CalendarEntry;
import io.permitguide.service.timeline.PermitTimeline;
import io.permitguide.service.timeline.Reminder;
import io.permitguide.service.timeline.ReminderPlanner;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the app works out from one case on one China date, once: the bureau's city, the answer, the dates of
 * the document the answer names, and that document's checklist. Every view, command, reminder, calendar and the
 * packet read this one result, so a family never gets two different pieces of advice.
 *
 * @param familyCase the case as it was analysed
 * @param today      the date in China the analysis is for
 * @param city       the city whose bureau handles the case
 * @param assessment which document, why, what to watch for and what to do next
 * @param timeline   the dates of the recommended document
 * @param checklist  the papers for the recommended document, hidden ones included (marked)
 */
public record CaseAnalysis(FamilyCase familyCase, LocalDate today, CityProfile city, Assessment assessment,
                           PermitTimeline timeline, List<ChecklistEntry> checklist) {

    public CaseAnalysis {
        checklist = List.copyOf(checklist);
    }

    /** The document the child travels on, as the answer says. */
    public DocumentCode document() {
        return assessment.recommended();
    }

    /** The checklist as the family sees it: without the items they hid. */
    public List<ChecklistEntry> shownChecklist() {
        return checklist.stream().filter(e -> !e.hidden()).toList();
    }

    public ChecklistBuilder.Summary checklistSummary() {
        return ChecklistBuilder.summary(checklist);
    }

    /** The document's key dates for the family's calendar, named {@code caseName}. */
    public List<CalendarEntry> calendarEntries(String caseName) {
        return CalendarEntries.of(familyCase, timeline, caseName);
    }

    /** The dated reminders of the document's timeline, named {@code caseName}. */
    public List<Reminder> reminders(String caseName) {
        return ReminderPlanner.plan(familyCase, timeline, caseName);
    }
}
