package io.permitguide.service.analysis;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.calendar.WorkingDayCalendar;
import io.permitguide.service.checklist.ChecklistBuilder;
import io.permitguide.service.city.BureauCity;
import io.permitguide.service.city.CityProfile;
import io.permitguide.service.city.CityProfiles;
import io.permitguide.service.guidance.Assessment;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.guidance.GuidanceService;
import io.permitguide.service.timeline.PermitTimeline;
import java.time.LocalDate;

/** Works out a {@link CaseAnalysis}: the city once, the answer from it, then the answer's dates and papers. */
public final class CaseAnalyzer {
    private final GuidanceService guidance;
    private final CityProfiles cities;
    private final WorkingDayCalendar calendar;
    private final ChecklistBuilder checklist;

    public CaseAnalyzer(GuidanceService guidance, CityProfiles cities, WorkingDayCalendar calendar, ChecklistBuilder checklist) {
        this.guidance = guidance;
        this.cities = cities;
        this.calendar = calendar;
        this.checklist = checklist;
    }

    private static final class Holder {
        static final CaseAnalyzer BUNDLED = new CaseAnalyzer(GuidanceService.bundled(), CityProfiles.bundled(),
                WorkingDayCalendar.bundled(), ChecklistBuilder.bundled());
    }

    /** With the bundled rules, cities, holiday schedules and checklist. */
    public static CaseAnalyzer bundled() {
        return Holder.BUNDLED;
    }

    /** Shorthand for the bundled analyser. */
    public static CaseAnalysis of(FamilyCase familyCase, LocalDate today) {
        return bundled().analyze(familyCase, today);
    }

    /** {@code today} is the date in China. */
    public CaseAnalysis analyze(FamilyCase familyCase, LocalDate today) {
        CityProfile city = BureauCity.of(familyCase, cities);
        // The permit's own dates come first: whether a permit can serve the trip is part of the answer.
        PermitTimeline permit = PermitTimeline.of(familyCase, DocumentCode.ENTRY_EXIT_PERMIT, city, calendar, today);
        Assessment assessment = guidance.assess(familyCase, city, permit, calendar);
        DocumentCode document = assessment.recommended();
        PermitTimeline timeline = document == DocumentCode.ENTRY_EXIT_PERMIT
                ? permit : PermitTimeline.of(familyCase, document, city, calendar, today);
        return new CaseAnalysis(familyCase, today, city, assessment, timeline,
                checklist.build(familyCase, city, today, document));
    }
}
