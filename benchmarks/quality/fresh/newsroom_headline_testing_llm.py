"""Newsroom headline testing: the first design, before any security review.

When a reporter files a story in the CMS, a headline service sends the story text
to a hosted LLM and asks for five or six alternative headlines. The variants land
in a variant store as "pending"; an editor on the desk reviews them in an editorial
review screen (behind the newsroom SSO) and approves, edits or rejects each one.
Only approved variants are eligible to go live. When a reader opens the home page
or a section front, the web front end asks a contextual bandit which approved
variant to show; click and impression beacons from readers' browsers are
collected, rolled up every few minutes into rewards, and fed back to the bandit,
which keeps learning from live traffic. The site serves readers in the EU, and
the beacons carry a cookie id and IP address. The LLM vendor was vetted by
procurement; the CMS and review screen use role-based access; traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Newsroom headline testing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-written headline variants, editor-approved, chosen per reader by a click bandit.",
)

# ---------------------------------------------------------------- data assets
story = tg.Data(
    "Story draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unpublished and sometimes embargoed story text, with byline and section.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
published_story = tg.Data("Published story", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data(
    "Headline prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="House style instructions plus the story text.",
)
completion = tg.Data(
    "Generated headlines", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
variants = tg.Data(
    "Headline variants",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Candidate headlines per story with their review status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
decision = tg.Data("Editor approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
page_request = tg.Data("Page request", kind="records", sensitivity=tg.Sensitivity.PII)
page = tg.Data("Article page with headline", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
reader_context = tg.Data(
    "Reader context",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Cookie id, device type, referrer and section, used as bandit context.",
)
chosen_variant = tg.Data("Chosen variant", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
clicks = tg.Data(
    "Click and impression events",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Browser beacons with cookie id, IP address, story id and variant id.",
)
rewards = tg.Data("Variant rewards", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anonymous and logged-in readers of the news site.
    reader = tm.add(tg.Actor("Reader", role="site reader"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The vendor-hosted chat model that writes the headline candidates.
    llm = tm.add(
        tg.LLM(
            "Hosted headline LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review of terms and data retention")},
        )
    )

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Desk editors who decide which variants may run.
    editor = tm.add(tg.Actor("Desk editor", role="editor", privileged=True))
    # Where reporters file and editors publish stories.
    cms = tm.add(
        tg.Service(
            "Content management system",
            controls={c.Authentication(method="newsroom SSO"), c.RBAC()},
        )
    )
    # The screen where editors approve, edit or reject generated headlines.
    review_ui = tm.add(
        tg.Endpoint(
            "Editorial review screen",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="newsroom SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="desk editor"),
            },
        )
    )

with tm.boundary("Site production cloud", trust=tg.Trust.INTERNAL):
    # Builds the prompt from a story and stores the variants the LLM returns.
    headline_service = tm.add(
        tg.Service(
            "Headline generation service",
            controls={c.SecretsManagement(note="vendor API key in the cloud secret manager")},
        )
    )
    # Variants per story with status pending, approved or rejected.
    variant_store = tm.add(tg.DataStore("Variant store", stores={variants}))
    # Renders pages for readers and asks the bandit which headline to show.
    web_frontend = tm.add(tg.Endpoint("Web front end", purpose=tg.EndpointPurpose.API))
    # Contextual bandit that picks a variant per impression and learns from clicks.
    bandit = tm.add(
        tg.Model(
            "Headline bandit",
            task=tg.Task.RANKER,
            online_learning=True,
            description="Thompson-sampling contextual bandit over approved variants.",
        )
    )
    # Public beacon endpoint that browsers post clicks and impressions to.
    collector = tm.add(tg.Endpoint("Click event collector", purpose=tg.EndpointPurpose.API))
    # Raw event log, also used by the analytics team.
    event_store = tm.add(
        tg.DataStore("Click event store", stores={clicks}, controls={c.EncryptionAtRest()})
    )
    # Rolls events up into per-variant rewards every five minutes.
    reward_job = tm.add(tg.Pipeline("Reward aggregation job", stage=tg.Stage.PREPROCESSING))

# ---------------------------------------------------------------- flows
tm.flow(editor, cms, story, protocol="https", label="files and edits stories")
tm.flow(cms, editor, story, protocol="https")
tm.flow(cms, headline_service, story, protocol="https", label="story filed webhook")
tm.flow(headline_service, llm, prompt, protocol="https")
tm.flow(llm, headline_service, completion, protocol="https")
tm.flow(headline_service, variant_store, variants, label="pending variants")

tm.flow(variant_store, review_ui, variants, label="pending variants")
tm.flow(review_ui, editor, variants, protocol="https")
tm.flow(editor, review_ui, decision, protocol="https")
tm.flow(review_ui, variant_store, decision, variants, label="approved or edited variants")

tm.flow(reader, web_frontend, page_request, protocol="https")
tm.flow(cms, web_frontend, published_story, protocol="https")
tm.flow(web_frontend, bandit, reader_context, label="which headline?")
tm.flow(variant_store, bandit, variants, label="approved variants only")
tm.flow(bandit, web_frontend, chosen_variant)
tm.flow(web_frontend, reader, page, protocol="https")

tm.flow(reader, collector, clicks, protocol="https", label="browser beacons")
tm.flow(collector, event_store, clicks)
tm.flow(event_store, reward_job, clicks)
tm.flow(reward_job, bandit, rewards, label="online updates")
