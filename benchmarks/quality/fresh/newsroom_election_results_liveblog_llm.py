"""Election night live blog: the first design, before any security review.

On election night the news site runs a live blog that an LLM helps write. An
ingester polls the electoral commission's official results API, checks each
message against the published schema and stores the counts. Reporters at count
centres file short notes (quotes, turnout colour, recount rumours) through the
newsroom's live-blog desk app. A drafting service takes the latest result changes,
new notes and the house style guide, asks a hosted LLM for a short update and
puts the draft in a review queue. The duty editor reads, edits and approves each
draft in the desk app; only approved updates go to the publishing service and on
to the public live-blog page. Controls in this design: SSO with MFA and roles on
the desk app, schema checks on the feed, editor approval of every update, and a
vendor contract with no retention of prompts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Election results live blog",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted live-blog updates from official results and reporters' notes, "
    "each approved by an editor before publication.",
)

# ---------------------------------------------------------------- data assets
official_results = tg.Data(
    "Official results feed",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Votes per candidate and constituency, turnout, declaration status.",
)
result_changes = tg.Data(
    "Result changes since last update",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
notes = tg.Data(
    "Reporter notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Unpublished quotes, names of sources and voters, rumours to verify.",
)
style_guide = tg.Data(
    "Style guide and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Template, result changes and the reporter notes since the last update.",
)
completion = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data("Draft live-blog update", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved = tg.Data(
    "Approved live-blog update", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
post = tg.Data("Published live-blog post", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Electoral commission", trust=tg.Trust.PARTNER):
    # The authoritative source of the counts.
    results_api = tm.add(
        tg.DataSource(
            "Electoral commission results API",
            origin=tg.Origin.PARTNER,
            provides={official_results},
            description="Official results API for accredited media, per-outlet API key.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the draft text of each update.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="contract with zero retention of prompts")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reporters work from count centres on mobile connections.
    reporter = tm.add(tg.Actor("Reporter", role="field reporter"))
    # The public reading the live blog.
    reader = tm.add(tg.Actor("Reader", role="site visitor"))

with tm.boundary("News platform cloud", trust=tg.Trust.INTERNAL):
    # Polls the official feed every 30 seconds and stores the counts.
    ingester = tm.add(
        tg.Pipeline(
            "Results ingester",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Current and past counts per constituency.
    results_db = tm.add(tg.DataStore("Results database", stores={official_results}))
    # Notes filed by reporters, waiting to be used in an update.
    notes_store = tm.add(tg.DataStore("Reporter notes store", stores={notes}))
    # House style, naming rules and the prompt template, kept by the standards desk.
    templates = tm.add(tg.DataStore("Style guide store", stores={style_guide}))
    # Builds the prompt, calls the LLM and queues the draft.
    drafter = tm.add(
        tg.Service(
            "Live-blog drafting service",
            description="Runs each minute: collects result changes and new notes, asks "
            "the LLM for an update and queues the draft.",
        )
    )
    # Drafts waiting for an editor.
    queue = tm.add(tg.DataStore("Draft review queue", stores={draft}))
    # Newsroom web app: reporters file notes, editors review and approve drafts.
    desk_app = tm.add(
        tg.Endpoint(
            "Live-blog desk app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="newsroom SSO with MFA"), c.RBAC()},
        )
    )
    # Publishes approved updates into the CMS and pushes them to the page.
    publisher = tm.add(
        tg.Service(
            "Publishing service",
            controls={c.HumanInTheLoop(approver="the duty live-blog editor")},
        )
    )
    # The public live-blog page, served through the CDN.
    page = tm.add(tg.Endpoint("Live-blog page", purpose=tg.EndpointPurpose.API))

with tm.boundary("Newsroom office", trust=tg.Trust.INTERNAL):
    # Reviews, edits and approves every update before it goes out.
    editor = tm.add(tg.Actor("Duty editor", role="live-blog editor"))

# ---------------------------------------------------------------- flows
tm.flow(results_api, ingester, official_results, protocol="https", label="polled every 30 s")
tm.flow(ingester, results_db, official_results)

tm.flow(reporter, desk_app, notes, protocol="https")
tm.flow(desk_app, notes_store, notes)

tm.flow(results_db, drafter, result_changes)
tm.flow(notes_store, drafter, notes)
tm.flow(templates, drafter, style_guide)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, queue, draft)

tm.flow(queue, desk_app, draft)
tm.flow(desk_app, editor, draft, protocol="https")
tm.flow(editor, desk_app, approved, protocol="https", label="edits and approves")
tm.flow(desk_app, publisher, approved)
tm.flow(publisher, page, post)
tm.flow(page, reader, post, protocol="https")
