package dev.vigil.engine.report;

/** The report's stylesheet, inline so that the file needs nothing else (system fonts only). */
final class Style {

    private Style() {}

    static final String CSS =
            """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; margin: 0; background: #f6f7f9; }
            main { max-width: 70rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; background: #fff; }
            h1 { font-size: 1.6rem; margin-top: 0; }
            h2 { border-bottom: 2px solid #d5d9e0; padding-bottom: .2rem; margin-top: 2.2rem; }
            h4 { margin: 0 0 .4rem; }
            h5 { margin: .6rem 0 .2rem; font-size: .9rem; }
            code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; overflow-wrap: anywhere; }
            table { border-collapse: collapse; margin: .5rem 0; }
            th, td { border: 1px solid #d5d9e0; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            table.facts th { background: #f0f2f5; white-space: nowrap; font-weight: 600; }
            table.counts td, table.counts th { text-align: center; min-width: 5rem; }
            table.matrix td { width: 4.5rem; height: 2.2rem; text-align: center; font-weight: 700; }
            td.controlled { background: #e3f4e6; }
            td.uncontrolled { background: #f7d4d1; }
            article.finding { border: 1px solid #d5d9e0; border-radius: 6px; padding: .8rem 1rem; margin: .8rem 0; }
            .badge { display: inline-block; padding: .05rem .45rem; border-radius: 4px; font-size: .8rem; text-transform: uppercase; }
            .sev-critical { color: #7a0d0d; } .badge.sev-critical { background: #7a0d0d; color: #fff; }
            .sev-high { color: #b3261e; } .badge.sev-high { background: #b3261e; color: #fff; }
            .sev-medium { color: #8a5a00; } .badge.sev-medium { background: #e8a317; color: #1d2330; }
            .sev-low { color: #255d9c; } .badge.sev-low { background: #255d9c; color: #fff; }
            .sev-info { color: #4f5866; } .badge.sev-info { background: #d5d9e0; color: #1d2330; }
            p.not-checked { background: #fff4d6; border-left: 4px solid #e8a317; padding: .4rem .6rem; }
            figure { margin: 1rem 0; overflow-x: auto; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-style: italic; color: #4f5866; }
            """;
}
