package io.permitguide.service.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.model.Passport;
import io.permitguide.service.i18n.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Each rule the form enforces, with its message in both languages; the case is never changed by a check. */
class CaseValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static List<FieldProblem> problemsAfter(Consumer<FamilyCase> edit) {
        FamilyCase c = new FamilyCase();
        edit.accept(c);
        return CaseValidator.validate(c, TODAY);
    }

    private static void assertSingle(CaseField field, String key, Consumer<FamilyCase> edit) {
        List<FieldProblem> problems = problemsAfter(edit);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(field, problems.get(0).field());
        assertEquals(key, problems.get(0).key());
        String en = problems.get(0).message(Messages.of(Language.EN));
        String zh = problems.get(0).message(Messages.of(Language.ZH));
        assertNotEquals(en, zh, "translated");
        assertTrue(zh.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), zh);
    }

    @Test
    void anEmptyCaseHasNoProblems() {
        assertTrue(problemsAfter(c -> { }).isEmpty());
    }

    @Test
    void aWellFilledCaseHasNoProblems() {
        assertTrue(problemsAfter(c -> {
            c.getChild().setFamilyName("O'Brien-Wang");
            c.getChild().setGivenNames("Lily Mei");
            c.getChild().setChineseName("王丽丽");
            c.getChild().setBirthDate(LocalDate.of(2019, 3, 5));
            c.getChild().setChineseIdNumber("11010519491231002X");
            c.getChild().getForeignPassports().add(new Passport("US", "A1234567", LocalDate.of(2030, 1, 1)));
            c.getParents().get(1).setChineseName("玛丽·安");
            c.getParents().get(0).setPhone("+86 138-0000 0000");
            c.getTrip().setDepartureDate(LocalDate.of(2027, 1, 20));
            c.getTrip().setReturnDate(LocalDate.of(2027, 2, 20));
        }).isEmpty());
    }

    @Test
    void aBirthDateInTheFutureIsImpossible() {
        assertSingle(CaseField.CHILD_BIRTH_DATE, "validation.dateInFuture", c -> c.getChild().setBirthDate(TODAY.plusDays(1)));
    }

    @Test
    void aReturnBeforeTheDepartureIsRejected() {
        assertSingle(CaseField.RETURN_DATE, "validation.returnBeforeDeparture", c -> {
            c.getTrip().setDepartureDate(LocalDate.of(2027, 1, 20));
            c.getTrip().setReturnDate(LocalDate.of(2027, 1, 19));
        });
    }

    @Test
    void anExpiryBeforeTheIssueDateIsRejected() {
        assertSingle(CaseField.PERMIT_EXPIRY, "validation.expiryBeforeIssue", c -> {
            c.getPermit().setIssueDate(LocalDate.of(2026, 12, 1));
            c.getPermit().setExpiryDate(LocalDate.of(2026, 11, 30));
        });
    }

    @Test
    void aReturnToTheMainlandBeforeTheExitIsRejected() {
        assertSingle(CaseField.PERMIT_ENTRY, "validation.entryBeforeExit", c -> {
            c.getPermit().setExitDate(LocalDate.of(2026, 12, 10));
            c.getPermit().setEntryDate(LocalDate.of(2026, 12, 9));
        });
    }

    @Test
    void aPassportNumberWithForbiddenCharactersIsRejectedButKept() {
        assertSingle(CaseField.PASSPORT_NUMBER, "validation.documentNumberCharacters",
                c -> c.getChild().getForeignPassports().add(new Passport("US", "A12-345/67", null)));
        FamilyCase c = new FamilyCase();
        c.getChild().getForeignPassports().add(new Passport("US", "A12-345/67", null));
        CaseValidator.validate(c, TODAY);
        assertEquals("A12-345/67", c.getChild().getForeignPassports().get(0).getNumber());
    }

    @Test
    void anExpiredPassportIsFlagged() {
        assertSingle(CaseField.PASSPORT_EXPIRY, "validation.passportExpired",
                c -> c.getChild().getForeignPassports().add(new Passport("US", "A1234567", TODAY.minusDays(1))));
    }

    @Test
    void namesTooLongForTheFormAreRejected() {
        assertSingle(CaseField.CHILD_GIVEN_NAMES, "validation.tooLong", c -> c.getChild().setGivenNames("Alexandra Maximiliana Josephine Konstanze Marie"));
        assertSingle(CaseField.CHILD_CHINESE_NAME, "validation.tooLong", c -> c.getChild().setChineseName("王".repeat(21)));
    }

    @Test
    void latinNameFieldsTakeLatinLettersAndChineseNameFieldsTakeChinese() {
        assertSingle(CaseField.CHILD_FAMILY_NAME, "validation.latinLetters", c -> c.getChild().setFamilyName("王"));
        assertSingle(CaseField.PARENT2_CHINESE_NAME, "validation.chineseCharacters", c -> c.getParents().get(1).setChineseName("Wang"));
        assertSingle(CaseField.PARENT1_FAMILY_NAME, "validation.latinLetters", c -> c.getParents().get(0).setFamilyName("Smith3"));
    }

    @Test
    void aChineseIdNumberMustHaveTheRightShapeAndCheckCharacter() {
        assertSingle(CaseField.CHILD_CHINESE_ID, "validation.chineseIdFormat", c -> c.getChild().setChineseIdNumber("1101051949123100"));
        assertSingle(CaseField.PARENT1_CHINESE_ID, "validation.chineseIdChecksum", c -> c.getParents().get(0).setChineseIdNumber("110105194912310021"));
    }

    @Test
    void aPhoneNumberTakesDigitsAndPunctuationOnly() {
        assertSingle(CaseField.EMERGENCY_PHONE, "validation.phoneCharacters", c -> c.getResidence().setEmergencyContactPhone("call me"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyMessageExistsInBothLanguages(Language language) {
        Messages messages = Messages.of(language);
        for (String key : List.of("validation.dateFormat", "validation.dateInFuture", "validation.dateTooEarly", "validation.beforeBirth",
                "validation.passportExpired", "validation.returnBeforeDeparture", "validation.tooFarAhead", "validation.issueBeforeApplication",
                "validation.expiryBeforeIssue", "validation.exitBeforeIssue", "validation.entryBeforeExit", "validation.latinLetters",
                "validation.chineseCharacters", "validation.tooLong", "validation.documentNumberCharacters", "validation.phoneCharacters",
                "validation.chineseIdFormat", "validation.chineseIdChecksum")) {
            assertTrue(messages.containsKey(key), key);
        }
    }
}
