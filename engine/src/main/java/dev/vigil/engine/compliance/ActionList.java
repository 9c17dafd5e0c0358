package dev.vigil.engine.compliance;

import dev.vigil.engine.catalog.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The action list: harmonization made useful. The same missing evidence or open finding often keeps
 * requirements of several frameworks from being met; it becomes one action naming all of them. Actions are
 * grouped by crosswalk theme and ordered by how many requirements each would close on its own (those for
 * which it is the last thing missing), then by how many it serves.
 */
public final class ActionList {

    /**
     * One thing to do.
     *
     * @param kind {@code evidence} (add or fix what the catalog term asks for) or {@code finding} (mitigate
     *     or decide the open finding)
     * @param item the catalog evidence term, or the finding id
     * @param what what is missing, as the judgement said it
     * @param requirements every requirement (across frameworks) this action serves, in catalog order
     * @param closes the requirements it would meet on its own: it is the last thing they miss
     */
    public record Action(String kind, String item, String what, List<String> requirements, List<String> closes) {
        public Action {
            requirements = List.copyOf(requirements);
            closes = List.copyOf(closes);
        }
    }

    /** The actions of one crosswalk theme, most closing first. */
    public record ThemeActions(String theme, String title, List<Action> actions) {
        public ThemeActions {
            actions = List.copyOf(actions);
        }
    }

    private static final Comparator<Action> BY_EFFECT = Comparator.comparingInt(
                    (Action a) -> -a.closes().size())
            .thenComparingInt(a -> -a.requirements().size())
            .thenComparing(Action::item);

    private ActionList() {}

    static List<ThemeActions> of(ComplianceReport report) {
        Map<String, Builder> byItem = new LinkedHashMap<>();
        for (ComplianceRow row : report.rows()) {
            if (row.status() != ComplianceStatus.GAP && row.status() != ComplianceStatus.PARTIAL) {
                continue;
            }
            int open = row.missing().size() + row.blockingFindings().size();
            for (ComplianceRow.Missing m : row.missing()) {
                byItem.computeIfAbsent("evidence " + m.term(), k -> new Builder("evidence", m.term(), m.shortfall()))
                        .add(row, open == 1);
            }
            for (String finding : row.blockingFindings()) {
                byItem.computeIfAbsent(
                                "finding " + finding,
                                k -> new Builder(
                                        "finding",
                                        finding,
                                        "open finding " + finding + ": mitigate it or record a decision"))
                        .add(row, open == 1);
            }
        }
        Map<String, List<Action>> grouped = new LinkedHashMap<>();
        for (Builder b : byItem.values()) {
            grouped.computeIfAbsent(b.theme(report.themes()), k -> new ArrayList<>())
                    .add(b.build());
        }
        List<ThemeActions> out = new ArrayList<>();
        for (Theme t : report.themes()) {
            List<Action> actions = grouped.get(t.id());
            if (actions != null) {
                actions.sort(BY_EFFECT);
                out.add(new ThemeActions(t.id(), t.title(), actions));
            }
        }
        out.sort(Comparator.comparing((ThemeActions t) -> t.actions().get(0), BY_EFFECT));
        return out;
    }

    private static final class Builder {
        private final String kind;
        private final String item;
        private final String what;
        private final List<String> requirements = new ArrayList<>();
        private final List<String> closes = new ArrayList<>();
        private final Map<String, Integer> themeVotes = new LinkedHashMap<>();

        Builder(String kind, String item, String what) {
            this.kind = kind;
            this.item = item;
            this.what = what;
        }

        void add(ComplianceRow row, boolean last) {
            String id = row.requirement().id();
            if (!requirements.contains(id)) {
                requirements.add(id);
                if (last) {
                    closes.add(id);
                }
                row.requirement().themes().forEach(t -> themeVotes.merge(t, 1, Integer::sum));
            }
        }

        /** The theme most of its requirements belong to; ties go to the catalog's theme order. */
        String theme(List<Theme> themes) {
            String best = null;
            int votes = 0;
            for (Theme t : themes) {
                int v = themeVotes.getOrDefault(t.id(), 0);
                if (v > votes) {
                    best = t.id();
                    votes = v;
                }
            }
            return best == null ? themes.get(0).id() : best;
        }

        Action build() {
            return new Action(kind, item, what, requirements, closes);
        }
    }
}
