package io.permitguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.analysis.CaseAnalyzer;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.model.Language;
import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseListStatusTest {
    private static final Messages EN = Messages.of(Language.EN);

    private static FamilyCase expiring(String expiry) {
        FamilyCase familyCase = new FamilyCase();
        familyCase.getPermit().setIssueDate(LocalDate.parse("2025-01-01"));
        familyCase.getPermit().setExpiryDate(LocalDate.parse(expiry));
        return familyCase;
    }

    private static CaseListStatus.Line on(FamilyCase familyCase, String today) {
        return CaseListStatus.of(CaseAnalyzer.of(familyCase, LocalDate.parse(today)), EN);
    }

    @Test
    void colouredAsTheExpiryNears() {
        assertEquals(new CaseListStatus.Line("Valid: 60 days left", "status-ok"), on(expiring("2025-03-31"), "2025-01-30"));
        assertEquals(new CaseListStatus.Line("Valid: 30 days left", "status-soon"), on(expiring("2025-03-31"), "2025-03-01"));
        assertEquals(new CaseListStatus.Line("Valid: 1 day left", "status-urgent"), on(expiring("2025-03-31"), "2025-03-30"));
        assertEquals(new CaseListStatus.Line("Valid: today", "status-urgent"), on(expiring("2025-03-31"), "2025-03-31"));
        assertEquals(new CaseListStatus.Line("Expired", "status-urgent"), on(expiring("2025-03-31"), "2025-04-01"));
    }

    @Test
    void noCountdownWithoutDates() {
        FamilyCase usual = GuidanceCases.usual();
        usual.getTrip().setDepartureDate(null);
        CaseListStatus.Line line = on(usual, "2025-01-30");
        assertEquals("status-none", line.styleClass());
        assertTrue(line.text().matches("Not applied · papers 0/\\d+"), line.text());
        assertTrue(CaseListStatus.of(CaseAnalyzer.of(usual, LocalDate.parse("2025-01-30")), Messages.of(Language.ZH)).text().startsWith("未申请"));
    }

    @Test
    void aNewCaseAsksForTheOpenQuestionsNotForAPermit() {
        CaseListStatus.Line line = on(new FamilyCase(), "2025-01-30");
        assertEquals("status-none", line.styleClass());
        assertTrue(line.text().startsWith("Answer the open questions first · papers 0/"), line.text());
    }

    @Test
    void beforeTheApplicationThePapersReadyShow() {
        FamilyCase c = GuidanceCases.usual();
        c.getChecklist().progressOf("applicationForm").setState(io.permitguide.model.ItemState.HAVE);
        assertTrue(on(c, "2025-01-30").text().contains("papers 1/"), on(c, "2025-01-30").text());
    }
}
