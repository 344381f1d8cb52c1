package io.permitguide.service.city;

import io.permitguide.service.data.DataFileException;
import io.permitguide.service.data.Source;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the city data so a mistake fails the build's tests, never a user's session. */
final class CityProfilesValidator {
    private CityProfilesValidator() {
    }

    static void validate(List<CityProfile> profiles, String file) {
        if (profiles == null || profiles.isEmpty()) {
            throw new DataFileException(file, "no city profiles");
        }
        long fallbacks = profiles.stream().filter(CityProfile::fallback).count();
        if (fallbacks != 1) {
            throw new DataFileException(file, "exactly one profile must be the fallback, found " + fallbacks);
        }
        Set<String> ids = new HashSet<>();
        for (CityProfile p : profiles) {
            String where = "city \"" + p.id() + "\"";
            if (p.id() == null || !p.id().matches("[a-z][a-z0-9-]*")) {
                throw new DataFileException(file, where + ": id must be lower-case letters, digits and dashes");
            }
            if (!ids.add(p.id())) {
                throw new DataFileException(file, where + ": listed twice");
            }
            if (p.aliases() == null) {
                throw new DataFileException(file, where + ": aliases missing");
            }
            if (p.processingWorkingDays() < 1 || p.processingWorkingDays() > p.legalLimitDays()) {
                throw new DataFileException(file, where + ": processingWorkingDays must be between 1 and legalLimitDays");
            }
            if (p.validity() == null || p.validity().isEmpty()) {
                throw new DataFileException(file, where + ": no validity options");
            }
            if (p.sources() == null || p.sources().isEmpty()) {
                throw new DataFileException(file, where + ": no sources");
            }
            Set<String> keys = new HashSet<>();
            for (Source s : p.sources()) {
                String problem = s == null ? "empty source" : s.problem();
                if (problem != null) {
                    throw new DataFileException(file, where + ": " + problem);
                }
                if (!keys.add(s.key())) {
                    // One key, one entry: an answer lists each source once, so two texts for one key would hide one.
                    throw new DataFileException(file, where + ": source \"" + s.key() + "\" listed twice");
                }
            }
            for (ValidityOption v : p.validity()) {
                if (v.months() < 1 || v.months() > 24 || v.feeYuan() < 0) {
                    throw new DataFileException(file, where + ": validity option with months " + v.months() + " and fee " + v.feeYuan());
                }
                checkKnown(keys, v.source(), file, where + ", " + v.months() + "-month option");
                checkKnown(keys, v.feeSource(), file, where + ", fee of the " + v.months() + "-month option");
            }
            if (p.destinationPolicy() == null) {
                throw new DataFileException(file, where + ": destinationPolicy missing");
            }
            if (p.destinationPolicy() != DestinationPolicy.UNCLEAR && !p.figureSources().containsKey(CityFigure.DESTINATION)) {
                // A firm answer about destinations needs evidence; without it the honest value is UNCLEAR.
                throw new DataFileException(file, where + ": destinationPolicy " + p.destinationPolicy() + " needs a DESTINATION source");
            }
            p.figureSources().forEach((figure, key) -> checkKnown(keys, key, file, where + ", " + figure));
        }
    }

    private static void checkKnown(Set<String> keys, String key, String file, String where) {
        if (key == null || !keys.contains(key)) {
            throw new DataFileException(file, where + ": source \"" + key + "\" is not among the city's sources");
        }
    }
}
