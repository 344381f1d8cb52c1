package io.permitguide.service.interview;

import io.permitguide.model.Child;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.Parent;
import io.permitguide.model.Passport;
import io.permitguide.model.Residence;
import io.permitguide.model.TravelFrequency;
import io.permitguide.model.Trip;
import io.permitguide.model.Whereabouts;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The questions of the interview, in the order they are asked: the facts the Guide asks about, each written into
 * the case field the Details form shows. Texts: {@code interview.q.NAME} (the question), {@code interview.why.NAME}
 * (why we ask) and, for a question of two slots, {@code interview.slot.NAME.1} and {@code .2}.
 */
public enum Question {
    BIRTH_COUNTRY(AnswerKind.COUNTRY, false, childText(Child::getBirthCountry, Child::setBirthCountry)),
    // The root of every answer, and the packet names both: always asked.
    PARENT_NATIONALITIES(AnswerKind.COUNTRY_PAIR, true, parent(0, Parent::getNationality, Parent::setNationality),
            parent(1, Parent::getNationality, Parent::setNationality)),
    SAME_NATIONALITY_AT_BIRTH(AnswerKind.YES_NO, false, new Slot<>(
            c -> ChineseParents.all(c.getParents(), Parent::getSameNationalityAtChildBirth),
            (c, v) -> c.getParents().forEach(p -> p.setSameNationalityAtChildBirth(v)), null,
            eachParent(Parent::getSameNationalityAtChildBirth, Parent::setSameNationalityAtChildBirth))),
    NATIONALITIES_AT_BIRTH(AnswerKind.COUNTRY_PAIR, false, parent(0, Parent::getNationalityAtChildBirth, Parent::setNationalityAtChildBirth),
            parent(1, Parent::getNationalityAtChildBirth, Parent::setNationalityAtChildBirth)),
    CHINESE_PARENT_SETTLED(AnswerKind.YES_NO, false, new Slot<>(
            c -> ChineseParents.any(ChineseParents.of(c.getParents()), Parent::getSettledAbroadAtBirth),
            (c, v) -> ChineseParents.of(c.getParents()).forEach(p -> p.setSettledAbroadAtBirth(v)), null,
            eachParent(Parent::getSettledAbroadAtBirth, Parent::setSettledAbroadAtBirth))),
    PASSPORT_COUNTRY(AnswerKind.COUNTRY, false, new Slot<>(
            c -> c.getChild().mainPassport().map(Passport::getCountry).orElse(""), Question::setPassportCountry, "")),
    FOREIGN_NATIONALITY_AT_BIRTH(AnswerKind.YES_NO, false, childYesNo(Child::getForeignNationalityAtBirth, Child::setForeignNationalityAtBirth)),
    HAS_CHINESE_PASSPORT(AnswerKind.YES_NO, false, childYesNo(Child::getHasChinesePassport, Child::setHasChinesePassport)),
    HAS_TRAVEL_DOCUMENT(AnswerKind.YES_NO, false, childYesNo(Child::getHasTravelDocument, Child::setHasTravelDocument)),
    WHEREABOUTS(AnswerKind.WHEREABOUTS, false, new Slot<>(c -> c.getResidence().getWhereabouts(),
            (c, v) -> c.getResidence().setWhereabouts(v), Whereabouts.UNKNOWN)),
    COUNTRY_ABROAD(AnswerKind.COUNTRY, false, residence(Residence::getCountryAbroad, Residence::setCountryAbroad)),
    RESIDENCE_CITY(AnswerKind.CITY, false, residence(Residence::getCity, Residence::setCity)),
    ON_HUKOU(AnswerKind.YES_NO, false, childYesNo(Child::getOnHukou, Child::setOnHukou)),
    HUKOU_CITY(AnswerKind.CITY, false, childText(Child::getHukouCity, Child::setHukouCity)),
    NAME_MATCHES(AnswerKind.YES_NO, false, childYesNo(Child::getNameMatchesBirthCertificate, Child::setNameMatchesBirthCertificate)),
    // The trip feeds the Timeline and the Checklist whatever the document: always asked.
    DESTINATION(AnswerKind.COUNTRY, true, trip(Trip::getDestinationCountry, Trip::setDestinationCountry, "")),
    TRIP_DATES(AnswerKind.DATE_RANGE, true, trip(Trip::getDepartureDate, Trip::setDepartureDate, null),
            trip(Trip::getReturnDate, Trip::setReturnDate, null)),
    FREQUENCY(AnswerKind.FREQUENCY, false, trip(Trip::getFrequency, Trip::setFrequency, (TravelFrequency) null));

    private final AnswerKind kind;
    private final boolean alwaysAsked;
    private final List<Slot<?>> slots;

    Question(AnswerKind kind, boolean alwaysAsked, Slot<?>... slots) {
        this.kind = kind;
        this.alwaysAsked = alwaysAsked;
        this.slots = List.of(slots);
    }

    public AnswerKind kind() {
        return kind;
    }

    /** Asked whatever the rules say, because other sections need the answer. */
    public boolean alwaysAsked() {
        return alwaysAsked;
    }

    public List<Slot<?>> slots() {
        return slots;
    }

    /** Slot {@code index}, typed as the {@link #kind()} says (String for countries and cities, Boolean, ...). */
    @SuppressWarnings("unchecked")
    public <T> Slot<T> slot(int index) {
        return (Slot<T>) slots.get(index);
    }

    /** Answered: every slot given, except a date range, where the departure alone will do. */
    public boolean answered(FamilyCase familyCase) {
        return kind == AnswerKind.DATE_RANGE ? slots.get(0).answered(familyCase) : slots.stream().allMatch(s -> s.answered(familyCase));
    }

    /** "I don't know": every slot left unanswered. */
    public void clear(FamilyCase familyCase) {
        slots.forEach(s -> s.clear(familyCase));
    }

    public String textKey() {
        return "interview.q." + key();
    }

    public String whyKey() {
        return "interview.why." + key();
    }

    /** A question's own words for "I don't know", when it has them ("none, or I don't know"). */
    public String dontKnowKey() {
        return "interview.dontKnow." + key();
    }

    /** The label of slot {@code index} in a question of two slots. */
    public String slotKey(int index) {
        return "interview.slot." + key() + "." + (index + 1);
    }

    private String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static void setPassportCountry(FamilyCase c, String country) {
        List<Passport> passports = c.getChild().getForeignPassports();
        if (passports.isEmpty() && (country == null || country.isBlank())) {
            return; // "no passport" needs no empty entry in the list
        }
        if (passports.isEmpty()) {
            passports.add(new Passport());
        }
        passports.get(0).setCountry(country == null ? "" : country);
    }

    private static Slot<String> childText(Function<Child, String> get, BiConsumer<Child, String> set) {
        return new Slot<>(c -> get.apply(c.getChild()), (c, v) -> set.accept(c.getChild(), v), "");
    }

    private static Slot<Boolean> childYesNo(Function<Child, Boolean> get, BiConsumer<Child, Boolean> set) {
        return new Slot<>(c -> get.apply(c.getChild()), (c, v) -> set.accept(c.getChild(), v), null);
    }

    private static Slot<String> residence(Function<Residence, String> get, BiConsumer<Residence, String> set) {
        return new Slot<>(c -> get.apply(c.getResidence()), (c, v) -> set.accept(c.getResidence(), v), "");
    }

    private static <T> Slot<T> trip(Function<Trip, T> get, BiConsumer<Trip, T> set, T empty) {
        return new Slot<>(c -> get.apply(c.getTrip()), (c, v) -> set.accept(c.getTrip(), v), empty);
    }

    /** Restores one field of every parent. */
    private static BiConsumer<FamilyCase, FamilyCase> eachParent(Function<Parent, Boolean> get, BiConsumer<Parent, Boolean> set) {
        return (from, to) -> {
            for (int i = 0; i < from.getParents().size(); i++) {
                set.accept(to.getParents().get(i), get.apply(from.getParents().get(i)));
            }
        };
    }

    private static Slot<String> parent(int index, Function<Parent, String> get, BiConsumer<Parent, String> set) {
        return new Slot<>(c -> get.apply(c.getParents().get(index)), (c, v) -> set.accept(c.getParents().get(index), v), "");
    }

}
