/**
 * A small copy of Switchboard's package layout in which every architecture rule is broken on purpose,
 * each by a class whose name says how. {@code ArchitectureRulesCanFailTest} runs the rules against it
 * and expects each one to fail, naming its offender. Test code only: the real rules never see it.
 */
package dev.switchboard.archfixture;
