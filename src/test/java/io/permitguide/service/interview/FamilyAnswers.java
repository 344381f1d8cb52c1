package io.permitguide.service.interview;

import io.permitguide.model.TravelFrequency;
import io.permitguide.model.Whereabouts;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Answers a family could give to a question, "I don't know" (null or empty) among them, for tests that try many. */
final class FamilyAnswers {
    private FamilyAnswers() {
    }

    /** One answer to {@code question}, a value for each slot, picked with {@code random}. */
    static List<Object> any(Question question, Random random, LocalDate today) {
        List<Object> values = switch (question.kind()) {
            case COUNTRY, COUNTRY_PAIR -> Arrays.asList("", "CN", "GB", "US", "HK", "TW", "FR");
            case CITY -> List.of("", "beijing", "shanghai", "shenzhen", "Xi'an", "北京");
            case YES_NO -> Arrays.asList(null, true, false);
            case WHEREABOUTS -> List.of(Whereabouts.UNKNOWN, Whereabouts.IN_MAINLAND, Whereabouts.ABROAD);
            case FREQUENCY -> Arrays.asList(null, TravelFrequency.ONCE, TravelFrequency.FEW_TIMES_A_YEAR, TravelFrequency.OFTEN);
            case DATE_RANGE -> {
                LocalDate departure = random.nextInt(4) == 0 ? null : today.plusDays(random.nextInt(120));
                yield Arrays.asList(departure, departure == null ? null : departure.plusDays(random.nextInt(300)));
            }
        };
        if (question.kind() == AnswerKind.DATE_RANGE) {
            return values;
        }
        return question.slots().stream().map(slot -> values.get(random.nextInt(values.size()))).toList();
    }
}
