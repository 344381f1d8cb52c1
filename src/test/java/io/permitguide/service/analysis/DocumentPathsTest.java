package io.permitguide.service.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.checklist.ChecklistEntry;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.guidance.GuidanceCases;
import io.permitguide.service.packet.CasePacket;
import io.permitguide.service.packet.PacketDate;
import io.permitguide.service.packet.PacketInput;
import io.permitguide.service.packet.PacketLanguage;
import io.permitguide.service.timeline.PermitState;
import io.permitguide.service.timeline.Reminder;
import io.permitguide.service.timeline.ReminderKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One answer everywhere: for a family whose answer is each document in turn, the checklist, the timeline, the
 * reminders and the packet hold nothing that belongs only to another document's path.
 */
class DocumentPathsTest {
    private static final LocalDate TODAY = GuidanceCases.TODAY;

    /** Papers that belong to one document's path only. */
    private static final Set<String> PERMIT_ONLY = Set.of("applicationForm", "photos", "childInPerson", "bothParentsAttend",
            "guardianConsent", "residencePermit", "foreignParentResidencePermit", "namesStatement", "flightBooking");
    private static final Set<String> TRAVEL_DOCUMENT_ONLY = Set.of("consularApplication", "consularPhoto", "consularInterview");
    private static final Set<String> CHINESE_PASSPORT_ONLY = Set.of("chinesePassport", "visaForFirstStop");
    private static final Set<String> VISA_ONLY = Set.of("chineseVisaOrResidence");
    private static final Set<String> OPEN_ONLY = Set.of("openQuestions");

    /** The usual family, changed so that the answer is {@code document}. */
    static FamilyCase familyFor(DocumentCode document) {
        FamilyCase c = GuidanceCases.usual();
        Consumer<FamilyCase> change = switch (document) {
            case ENTRY_EXIT_PERMIT -> x -> { };
            case TRAVEL_DOCUMENT -> x -> {
                x.getResidence().setWhereabouts(Whereabouts.ABROAD);
                x.getResidence().setCountryAbroad("DE");
            };
            case CHINESE_PASSPORT -> x -> x.getChild().setHasChinesePassport(true);
            case VISA_ON_FOREIGN_PASSPORT -> x -> x.getParents().get(0).setNationality("FR");
            case NO_CLEAR_PATH -> x -> x.getChild().setBirthCountry("");
        };
        change.accept(c);
        return c;
    }

    private static Set<String> papersOf(DocumentCode document) {
        return switch (document) {
            case ENTRY_EXIT_PERMIT -> PERMIT_ONLY;
            case TRAVEL_DOCUMENT -> TRAVEL_DOCUMENT_ONLY;
            case CHINESE_PASSPORT -> CHINESE_PASSPORT_ONLY;
            case VISA_ON_FOREIGN_PASSPORT -> VISA_ONLY;
            case NO_CLEAR_PATH -> OPEN_ONLY;
        };
    }

    @ParameterizedTest
    @EnumSource(DocumentCode.class)
    void theChecklistHoldsOnlyThePapersOfTheRecommendedDocument(DocumentCode document) {
        CaseAnalysis analysis = CaseAnalyzer.of(familyFor(document), TODAY);
        assertEquals(document, analysis.document(), analysis.assessment().trace().toString());
        List<String> ids = analysis.checklist().stream().map(ChecklistEntry::id).toList();
        assertFalse(ids.isEmpty());
        for (DocumentCode other : DocumentCode.values()) {
            if (other != document) {
                assertTrue(ids.stream().noneMatch(papersOf(other)::contains), () -> document + " lists papers of " + other + ": " + ids);
            }
        }
        assertTrue(ids.stream().anyMatch(papersOf(document)::contains), () -> document + " lists none of its own papers: " + ids);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentCode.class, names = "ENTRY_EXIT_PERMIT", mode = EnumSource.Mode.EXCLUDE)
    void onlyThePermitCountsDownToTheBureau(DocumentCode document) {
        CaseAnalysis analysis = CaseAnalyzer.of(familyFor(document), TODAY);
        assertEquals(document, analysis.timeline().document());
        assertNull(analysis.timeline().lastDayToApply(), "no last day to apply for a permit the answer does not name");
        assertNull(analysis.timeline().expectedCollection());
        assertFalse(analysis.timeline().status().hasCountdown());
        assertTrue(analysis.reminders("x").stream().map(Reminder::kind)
                .noneMatch(k -> k == ReminderKind.LAST_DAY_TO_APPLY || k == ReminderKind.COLLECTION));
        PacketInput packet = CasePacket.of(analysis, PacketLanguage.EN);
        assertTrue(packet.dates().stream().map(PacketDate::labelEn).noneMatch(l -> l.startsWith("Last day to apply")), packet.dates()::toString);
        assertTrue(packet.guidance().nextSteps().stream().noneMatch(s -> s.en().contains("Exit-Entry bureau in") && s.en().contains("by ")));
    }

    @ParameterizedTest
    @EnumSource(DocumentCode.class)
    void theGuideThePacketAndTheTimelineNameTheSameDocument(DocumentCode document) {
        CaseAnalysis analysis = CaseAnalyzer.of(familyFor(document), TODAY);
        PacketInput packet = CasePacket.of(analysis, PacketLanguage.BOTH);
        assertEquals(document, analysis.assessment().recommended());
        assertEquals(document, analysis.timeline().document());
        assertEquals(analysis.assessment().nextSteps().size(), packet.guidance().nextSteps().size());
        assertEquals(document == DocumentCode.NO_CLEAR_PATH, packet.guidance().documentEn().isBlank());
    }

    @ParameterizedTest
    @EnumSource(value = DocumentCode.class, names = "ENTRY_EXIT_PERMIT")
    void thePermitPathCountsDownFromTheLastDayToApply(DocumentCode document) {
        CaseAnalysis analysis = CaseAnalyzer.of(familyFor(document), TODAY);
        assertEquals(PermitState.NOT_APPLIED, analysis.timeline().status().state());
        assertTrue(analysis.timeline().lastDayToApply().isBefore(analysis.timeline().plannedDeparture()));
        assertTrue(analysis.reminders("x").stream().anyMatch(r -> r.kind() == ReminderKind.LAST_DAY_TO_APPLY));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentCode.class, names = "NO_CLEAR_PATH")
    void withoutAnAnswerThereIsNoCountdownToAnyDocument(DocumentCode document) {
        CaseAnalysis analysis = CaseAnalyzer.of(familyFor(document), TODAY);
        assertEquals(PermitState.UNDECIDED, analysis.timeline().status().state());
        assertTrue(analysis.reminders("x").isEmpty());
    }
}
