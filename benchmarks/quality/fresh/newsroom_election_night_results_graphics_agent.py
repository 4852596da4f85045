"""Election night results agent: the first design, before any security review.

On election night a regional newspaper runs an agent that covers the local council
counts. An ingest service polls each council's returning officer results pages and
the news agency's election results feed, and writes every declaration into a
results database alongside the previous election's results and candidate lists.
When a declaration lands, the agent looks up the result, has a hosted LLM write a
short update (winner, majority, gain or hold, turnout), renders a results chart
and posts both to the paper's live blog, which a SaaS vendor hosts. Declaration
posts wait in an approval desk until the night editor approves them; the chart
refreshes and count-progress updates go straight to the blog. The night editor
signs in to the desk through the company SSO with 2-step verification, and the
desk records who approved what. The blog API token is scoped to the election
blog only. Readers see the live blog and load charts from our public bucket.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Election night results agent",
    profile=tg.RiskProfile.HIGH,
    description="Agent that writes council election result updates and charts for the live blog.",
)

# ---------------------------------------------------------------- data assets
council_results = tg.Data(
    "Council declaration notices",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Declaration of result pages published by each returning officer.",
)
agency_feed = tg.Data(
    "Agency election results feed",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed structured results and candidate data from the news agency.",
)
results = tg.Data(
    "Ward results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Votes per candidate, turnout and previous results per ward.",
)
new_declaration = tg.Data("New declaration event", kind="records")
results_query = tg.Data("Results lookup", kind="tool-call")
prompt = tg.Data(
    "Update writing prompt",
    kind="prompt",
    description="House style instructions, the ward result and the previous result.",
)
draft = tg.Data("Drafted result update", kind="model-output")
draft_post = tg.Data("Declaration post for approval", kind="model-output")
approval = tg.Data("Editor approval", kind="records")
chart_request = tg.Data("Chart request", kind="tool-call")
chart = tg.Data("Results chart", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
post_call = tg.Data("Live blog post request", kind="tool-call")
blog_post = tg.Data("Live blog post", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
post_ref = tg.Data("Post reference", kind="tool-result")
blog_page = tg.Data("Live blog page", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Each council publishes declarations on its own website as the counts finish.
    council_pages = tm.add(
        tg.DataSource(
            "Returning officer results pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={council_results},
        )
    )
    # The audience of the live blog.
    reader = tm.add(tg.Actor("Reader", role="reader"))

with tm.boundary("News agency", trust=tg.Trust.PARTNER):
    # The wire's election data service: faster and structured, but a second source.
    wire = tm.add(
        tg.DataSource(
            "News agency results feed",
            origin=tg.Origin.PARTNER,
            provides={agency_feed},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the short update text in house style.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Live blog vendor", trust=tg.Trust.PARTNER):
    # The SaaS live blog embedded on the paper's website.
    live_blog = tm.add(tg.ExternalService("Live blog platform"))

with tm.boundary("Newsroom cloud", trust=tg.Trust.INTERNAL):
    # Polls the council pages and the agency feed every 30 seconds.
    ingest = tm.add(
        tg.Service(
            "Results ingest service",
            description="Parses council pages with per-council scrapers and the agency feed "
            "against the agency's schema.",
            controls={c.SchemaEnforcement(note="agency feed only; council pages are scraped")},
        )
    )
    # The night's source of truth for declared results.
    results_db = tm.add(tg.DataStore("Results database", stores={results}))
    # Writes the update and chart for each declaration and posts them.
    agent = tm.add(
        tg.Agent(
            "Results agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the night editor",
                    note="declaration posts only; chart refreshes and count-progress "
                    "updates publish directly",
                )
            },
        )
    )
    # Reads a ward's result and history from the results database.
    lookup_tool = tm.add(tg.Tool("Results lookup tool", capabilities={"read"}))
    # Renders bar and seat charts and uploads them.
    chart_tool = tm.add(tg.Tool("Chart rendering tool", capabilities={"read", "write"}))
    # Public bucket behind the CDN that the live blog embeds charts from.
    chart_bucket = tm.add(tg.DataStore("Chart image bucket", stores={chart}))
    # Posts to the live blog through the vendor's API.
    publish_tool = tm.add(
        tg.Tool(
            "Live blog publish tool",
            capabilities={"write", "network-egress"},
            controls={c.LeastPrivilegeTools(note="API token scoped to the election blog only")},
        )
    )
    # Where drafted declaration posts wait for the night editor.
    approval_desk = tm.add(
        tg.Endpoint(
            "Approval desk",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with 2-step verification"),
                c.RBAC(note="night desk editors only"),
                c.AuditLogging(note="who approved or edited each post"),
            },
        )
    )

with tm.boundary("Newsroom office", trust=tg.Trust.INTERNAL):
    # Approves every declaration post before it goes out.
    editor = tm.add(tg.Actor("Night editor", role="editor"))

# ---------------------------------------------------------------- flows
tm.flow(council_pages, ingest, council_results, protocol="https", label="polled every 30 s")
tm.flow(wire, ingest, agency_feed, protocol="https", label="polled every 30 s")
tm.flow(ingest, results_db, results)
tm.flow(ingest, agent, new_declaration)

tm.flow(agent, lookup_tool, results_query)
tm.flow(results_db, lookup_tool, results)
tm.flow(lookup_tool, agent, results)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, draft, protocol="https")

tm.flow(agent, approval_desk, draft_post)
tm.flow(approval_desk, editor, draft_post, protocol="https")
tm.flow(editor, approval_desk, approval, protocol="https")
tm.flow(approval_desk, agent, approval)

tm.flow(agent, chart_tool, chart_request)
tm.flow(chart_tool, chart_bucket, chart, protocol="https")

tm.flow(agent, publish_tool, post_call)
tm.flow(publish_tool, live_blog, blog_post, protocol="https")
tm.flow(live_blog, publish_tool, post_ref, protocol="https")
tm.flow(publish_tool, agent, post_ref)

tm.flow(live_blog, reader, blog_page, protocol="https")
tm.flow(chart_bucket, reader, chart, protocol="https")
