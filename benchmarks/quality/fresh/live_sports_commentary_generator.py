"""Live sports commentary generator: the first design, before any security review.

Our streaming service licenses the official data feed of a league: match events
(goals, cards, substitutions) and live player statistics, pushed over HTTPS with
an API key issued by the data provider. An ingestion service validates each
message against the provider's schema and keeps the current match state. A
commentary service turns new events into prompts for an LLM hosted by a vendor
and gets back short live commentary lines; the highlights service asks it for
captions of the clips it cuts. Drafts wait in a queue for a few seconds, where a
duty editor can read, edit or pull them in an internal console (company SSO);
during busy match days the editor only spot checks a sample. The publisher then
pushes the lines to the app's content API (behind our CDN, rate limited) and
posts them to our social accounts through a posting tool that keeps the platform
tokens in the vault. Every publication is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Live sports commentary generator",
    profile=tg.RiskProfile.HIGH,
    description="LLM-written live commentary and highlight captions, published to the app and social accounts.",
)

# ---------------------------------------------------------------- data assets
match_events = tg.Data(
    "Official match events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Licensed event feed; redistribution is limited by the contract.",
)
player_stats = tg.Data(
    "Live player statistics",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
match_state = tg.Data("Match state", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clip_metadata = tg.Data(
    "Highlight clip metadata",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Clip id, timestamps and the events the clip covers.",
)
prompt = tg.Data(
    "Commentary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="House style instructions, recent events and player statistics.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
draft = tg.Data(
    "Draft commentary and captions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
caption = tg.Data("Highlight caption", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
editor_action = tg.Data(
    "Editor edits and takedowns", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
published = tg.Data(
    "Published commentary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
social_post = tg.Data("Social media post", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
social_tokens = tg.Data(
    "Social account tokens", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
feed_request = tg.Data("Commentary feed request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Millions of app users read the live commentary.
    viewer = tm.add(tg.Actor("App viewer", role="subscriber"))
    # Our brand accounts on the social platforms; their APIs receive the posts.
    social = tm.add(
        tg.ExternalService(
            "Social media platforms",
            description="Brand accounts on the big social networks, posted to through their APIs.",
        )
    )

with tm.boundary("Sports data provider", trust=tg.Trust.PARTNER):
    # The official league feed is the source of truth for what happened in the match.
    feed = tm.add(
        tg.DataSource(
            "Official match data feed",
            origin=tg.Origin.PARTNER,
            provides={match_events, player_stats},
            description="Push feed of match events and player statistics, seconds after they happen.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted general-purpose model writes the lines in our house style.
    llm = tm.add(
        tg.LLM(
            "Hosted commentary LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model called per event with a low-latency tier.",
        )
    )

with tm.boundary("Streaming platform cloud", trust=tg.Trust.INTERNAL):
    # Receives the feed and rejects messages that do not match the provider's schema.
    ingestion = tm.add(
        tg.Service(
            "Feed ingestion service",
            controls={c.SchemaEnforcement(note="provider's published message schema")},
        )
    )
    # Current score, clock, line-ups and stats per live match.
    state_store = tm.add(tg.DataStore("Match state store", stores={match_state}))
    # Builds the prompt for each new event and calls the LLM.
    generator = tm.add(
        tg.Service(
            "Commentary generator",
            description="Prompt templates per sport and competition; one call per event or clip.",
        )
    )
    # Cuts highlight clips from the broadcast and needs a caption for each.
    highlights = tm.add(tg.Service("Highlights clip service"))
    # Drafts wait here for a short hold before they go out.
    draft_queue = tm.add(tg.DataStore("Draft queue", stores={draft}))
    # Pushes released drafts to the app and to social accounts, and logs each one.
    publisher = tm.add(
        tg.Service(
            "Publishing service",
            description="Releases each draft when its hold expires unless an editor pulled it.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Posts to the brand accounts with the platforms' APIs.
    social_tool = tm.add(
        tg.Tool(
            "Social posting tool",
            capabilities={"send-messages"},
            origin="first-party",
            controls={c.SecretsManagement(note="platform tokens in the cloud vault")},
        )
    )
    # Serves commentary to the apps, behind the CDN.
    app_api = tm.add(
        tg.Endpoint(
            "App content API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=600, note="CDN per-client limit")},
        )
    )

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Where the duty editor reads, edits and pulls drafts.
    console = tm.add(
        tg.Endpoint(
            "Editor console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO")},
        )
    )
    # Spot checks drafts; cannot read every line on a busy match day.
    editor = tm.add(tg.Actor("Duty editor", role="editor"))

# ---------------------------------------------------------------- flows
tm.flow(
    feed,
    ingestion,
    match_events,
    player_stats,
    protocol="https",
    controls={c.Authentication(method="provider-issued API key")},
)
tm.flow(ingestion, state_store, match_state)
tm.flow(state_store, generator, match_state)
tm.flow(ingestion, generator, match_events, label="new event trigger")

tm.flow(highlights, generator, clip_metadata, label="caption request")
tm.flow(generator, highlights, caption)

tm.flow(generator, llm, prompt, protocol="https")
tm.flow(llm, generator, completion, protocol="https")
tm.flow(generator, draft_queue, draft)

tm.flow(draft_queue, console, draft, protocol="https")
tm.flow(editor, console, editor_action, protocol="https")
tm.flow(console, editor, draft, protocol="https")
tm.flow(console, draft_queue, editor_action, protocol="https")

tm.flow(draft_queue, publisher, draft)
tm.flow(highlights, publisher, caption, clip_metadata, label="captioned clip")
tm.flow(publisher, app_api, published)
tm.flow(viewer, app_api, feed_request, protocol="https")
tm.flow(app_api, viewer, published, protocol="https")
tm.flow(publisher, social_tool, social_post)
tm.flow(social_tool, social, social_post, social_tokens, protocol="https")
