package io.permitguide.service.validation;

import io.permitguide.model.Child;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Parent;
import io.permitguide.model.Permit;
import io.permitguide.model.Trip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks what the user typed against what the bureau's form accepts. It never changes the case: a value
 * with a problem stays as typed, so the user can correct it instead of retyping it.
 */
public final class CaseValidator {
    /** Form box limits: the bureau's form has about 40 Latin characters for a name and 20 for a Chinese one. */
    static final int LATIN_NAME_MAX = 40;
    static final int CHINESE_NAME_MAX = 20;
    static final int DOCUMENT_NUMBER_MAX = 20;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin} .'\\-]+");
    private static final Pattern CHINESE_NAME = Pattern.compile("[\\p{IsHan}·・•]+");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-]+");
    private static final Pattern CHINESE_ID = Pattern.compile("\\d{17}[\\dXx]");

    private CaseValidator() {
    }

    /** Every problem in the case, in form order; empty when all is well. {@code today} is the date in China. */
    public static List<FieldProblem> validate(FamilyCase familyCase, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Consumer<FieldProblem> add = problems::add;
        Child child = familyCase.getChild();
        latinName(CaseField.CHILD_FAMILY_NAME, child.getFamilyName(), add);
        latinName(CaseField.CHILD_GIVEN_NAMES, child.getGivenNames(), add);
        chineseName(CaseField.CHILD_CHINESE_NAME, child.getChineseName(), add);
        birthDate(child.getBirthDate(), today, add);
        chineseId(CaseField.CHILD_CHINESE_ID, child.getChineseIdNumber(), add);
        child.mainPassport().ifPresent(passport -> {
            documentNumber(CaseField.PASSPORT_NUMBER, passport.getNumber(), add);
            LocalDate expiry = passport.getExpiryDate();
            if (expiry != null && child.getBirthDate() != null && expiry.isBefore(child.getBirthDate())) {
                add.accept(FieldProblem.of(CaseField.PASSPORT_EXPIRY, "validation.beforeBirth"));
            } else if (expiry != null && expiry.isBefore(today)) {
                add.accept(FieldProblem.of(CaseField.PASSPORT_EXPIRY, "validation.passportExpired"));
            }
        });
        List<Parent> parents = familyCase.getParents();
        for (int i = 0; i < Math.min(2, parents.size()); i++) {
            parent(parents.get(i), i == 0, add);
        }
        phone(CaseField.PHONE, familyCase.getResidence().getPhone(), add);
        phone(CaseField.EMERGENCY_PHONE, familyCase.getResidence().getEmergencyContactPhone(), add);
        trip(familyCase.getTrip(), add);
        permit(familyCase, today, add);
        return problems;
    }

    private static void parent(Parent parent, boolean first, Consumer<FieldProblem> add) {
        latinName(first ? CaseField.PARENT1_FAMILY_NAME : CaseField.PARENT2_FAMILY_NAME, parent.getFamilyName(), add);
        latinName(first ? CaseField.PARENT1_GIVEN_NAMES : CaseField.PARENT2_GIVEN_NAMES, parent.getGivenNames(), add);
        chineseName(first ? CaseField.PARENT1_CHINESE_NAME : CaseField.PARENT2_CHINESE_NAME, parent.getChineseName(), add);
        documentNumber(first ? CaseField.PARENT1_PASSPORT_NUMBER : CaseField.PARENT2_PASSPORT_NUMBER, parent.getPassportNumber(), add);
        chineseId(first ? CaseField.PARENT1_CHINESE_ID : CaseField.PARENT2_CHINESE_ID, parent.getChineseIdNumber(), add);
        phone(first ? CaseField.PARENT1_PHONE : CaseField.PARENT2_PHONE, parent.getPhone(), add);
    }

    private static void trip(Trip trip, Consumer<FieldProblem> add) {
        if (trip.getDepartureDate() != null && trip.getReturnDate() != null && trip.getReturnDate().isBefore(trip.getDepartureDate())) {
            add.accept(FieldProblem.of(CaseField.RETURN_DATE, "validation.returnBeforeDeparture"));
        }
    }

    private static void permit(FamilyCase familyCase, LocalDate today, Consumer<FieldProblem> add) {
        Permit permit = familyCase.getPermit();
        documentNumber(CaseField.PERMIT_NUMBER, permit.getNumber(), add);
        LocalDate applied = familyCase.getApplication().getAppliedOn();
        if (applied != null && applied.isAfter(today.plusYears(1))) {
            add.accept(FieldProblem.of(CaseField.APPLIED_ON, "validation.tooFarAhead"));
        }
        LocalDate issue = permit.getIssueDate();
        if (issue != null && applied != null && issue.isBefore(applied)) {
            add.accept(FieldProblem.of(CaseField.PERMIT_ISSUE, "validation.issueBeforeApplication"));
        }
        if (issue != null && permit.getExpiryDate() != null && !permit.getExpiryDate().isAfter(issue)) {
            add.accept(FieldProblem.of(CaseField.PERMIT_EXPIRY, "validation.expiryBeforeIssue"));
        }
        if (issue != null && permit.getExitDate() != null && permit.getExitDate().isBefore(issue)) {
            add.accept(FieldProblem.of(CaseField.PERMIT_EXIT, "validation.exitBeforeIssue"));
        }
        if (permit.getExitDate() != null && permit.getEntryDate() != null && permit.getEntryDate().isBefore(permit.getExitDate())) {
            add.accept(FieldProblem.of(CaseField.PERMIT_ENTRY, "validation.entryBeforeExit"));
        }
    }

    private static void birthDate(LocalDate birth, LocalDate today, Consumer<FieldProblem> add) {
        if (birth == null) {
            return;
        }
        if (birth.isAfter(today)) {
            add.accept(FieldProblem.of(CaseField.CHILD_BIRTH_DATE, "validation.dateInFuture"));
        } else if (birth.isBefore(EARLIEST_BIRTH)) {
            add.accept(FieldProblem.of(CaseField.CHILD_BIRTH_DATE, "validation.dateTooEarly"));
        }
    }

    private static void latinName(CaseField field, String value, Consumer<FieldProblem> add) {
        typed(field, value, LATIN_NAME, "validation.latinLetters", LATIN_NAME_MAX, add);
    }

    private static void chineseName(CaseField field, String value, Consumer<FieldProblem> add) {
        typed(field, value, CHINESE_NAME, "validation.chineseCharacters", CHINESE_NAME_MAX, add);
    }

    private static void documentNumber(CaseField field, String value, Consumer<FieldProblem> add) {
        typed(field, value, DOCUMENT_NUMBER, "validation.documentNumberCharacters", DOCUMENT_NUMBER_MAX, add);
    }

    /** A typed value: only {@code allowed} characters, at most {@code max} of them (counted as the form counts them). */
    private static void typed(CaseField field, String value, Pattern allowed, String charactersKey, int max, Consumer<FieldProblem> add) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return;
        }
        if (!allowed.matcher(text).matches()) {
            add.accept(FieldProblem.of(field, charactersKey));
        } else if (text.codePointCount(0, text.length()) > max) {
            add.accept(FieldProblem.of(field, "validation.tooLong", max));
        }
    }

    private static void phone(CaseField field, String value, Consumer<FieldProblem> add) {
        String text = value == null ? "" : value.strip();
        if (!text.isEmpty() && !PHONE.matcher(text).matches()) {
            add.accept(FieldProblem.of(field, "validation.phoneCharacters"));
        }
    }

    private static void chineseId(CaseField field, String value, Consumer<FieldProblem> add) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return;
        }
        if (!CHINESE_ID.matcher(text).matches()) {
            add.accept(FieldProblem.of(field, "validation.chineseIdFormat"));
        } else if (!ChineseIdChecksum.valid(text)) {
            add.accept(FieldProblem.of(field, "validation.chineseIdChecksum"));
        }
    }
}
