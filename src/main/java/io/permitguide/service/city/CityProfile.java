package io.permitguide.service.city;

import io.permitguide.service.data.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one city's Exit-Entry bureau handles the permit. Names, bureau and address texts live in the
 * {@code cities} bundle under {@code city.<id>.*}; this holds the facts the services compute with.
 *
 * @param id               stable id, also the key prefix in the bundle
 * @param aliases          names a user may type for this city (any language), matched case-insensitively
 * @param fallback         true for the profile used for any city not listed
 * @param processingWorkingDays working days from acceptance to collection, as reported
 * @param legalLimitDays   the legal limit in days from acceptance
 * @param validity         the kinds of permit the city issues, the usual one first
 * @param childAttends     the child must come (the bureau takes its own photo)
 * @param bothParentsFirstTime both parents come with the child on the first application
 * @param photos           number of printed photos to bring (0 when taken on site only)
 * @param foreignParentResidencePermit the foreign parent's residence permit is asked for
 * @param destinationPolicy what the bureau accepts as destination
 * @param hasAddress       whether the bundle has a street address for the bureau
 * @param figureSources    for each shown figure that has one, the key of its source in {@code sources};
 *                         a figure missing here is not confirmed
 * @param sources          where this profile's facts come from, each key once
 */
public record CityProfile(
        String id,
        List<String> aliases,
        boolean fallback,
        int processingWorkingDays,
        int legalLimitDays,
        List<ValidityOption> validity,
        boolean childAttends,
        boolean bothParentsFirstTime,
        int photos,
        boolean foreignParentResidencePermit,
        DestinationPolicy destinationPolicy,
        boolean hasAddress,
        Map<CityFigure, String> figureSources,
        List<Source> sources) {

    public CityProfile {
        figureSources = figureSources == null ? Map.of() : Map.copyOf(figureSources);
    }

    /** The source of one of this city's sources by key. */
    public Optional<Source> source(String key) {
        return sources == null ? Optional.empty() : sources.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Where a figure comes from; empty when it is not confirmed and the family should ask the bureau. */
    public Optional<Source> sourceOf(CityFigure figure) {
        String key = figureSources.get(figure);
        return key == null ? Optional.empty() : source(key);
    }

    public ValidityOption usualValidity() {
        return validity.get(0);
    }

    public boolean offersMultipleEntry() {
        return validity.stream().anyMatch(ValidityOption::multipleEntry);
    }

    public String nameKey() {
        return "city." + id + ".name";
    }

    public String bureauKey() {
        return "city." + id + ".bureau";
    }

    public String addressKey() {
        return "city." + id + ".address";
    }

    public String notesKey() {
        return "city." + id + ".notes";
    }
}
