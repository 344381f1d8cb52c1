package io.permitguide.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** A subcommand about one saved case: {@code CASE.json}, {@code --lang} and {@code --today}. */
abstract class CaseCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CaseFileOption caseFile;

    @Mixin
    TodayOption today;
}
