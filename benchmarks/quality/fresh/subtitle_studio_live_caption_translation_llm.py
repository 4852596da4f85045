"""Live caption translation assistant: the first design, before any security review.

A subtitling studio translates the live closed captions of TV channels (news, sport,
parliament) into other languages for the channels' foreign-language subtitle tracks.
Each broadcaster streams its source-language captions to our ingest gateway as EBU-TT
Live over secure WebSocket, and sends the newsroom rundown and prepared scripts ahead
of each programme. A translation service in our cloud tenancy adds the channel's
glossary of names and terms, sends each caption segment to a hosted LLM and puts the
draft translation on the subtitler's console, where it is held for four seconds: the
on-air subtitler can correct or drop a line, otherwise it goes out as it is. Released
lines go to the broadcaster's subtitle inserter over a site-to-site VPN and every
as-aired line is archived for the channel's compliance log. Staff sign in to the
console with the studio's SSO and MFA; glossaries are kept by a subtitling
coordinator; the LLM vendor was reviewed by procurement under zero-retention terms.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Live caption translation assistant",
    profile=tg.RiskProfile.HIGH,
    description="LLM translation of live broadcast captions, monitored and corrected on air "
    "by a subtitler before they reach viewers.",
)

# ---------------------------------------------------------------- data assets
source_captions = tg.Data(
    "Source-language live captions",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Caption segments from the broadcaster's respeakers and stenographers, "
    "a few seconds ahead of air.",
)
rundown = tg.Data(
    "Newsroom rundown and scripts",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Running order and prepared scripts, embargoed until they are read on air.",
)
glossary = tg.Data(
    "Channel glossary",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-channel names, titles, place names and house style terms.",
)
prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, glossary entries, script context and the caption segment.",
)
translation = tg.Data("LLM translation", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
draft_captions = tg.Data(
    "Draft translated captions", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
corrections = tg.Data(
    "Subtitler corrections",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Edits and dropped lines made during the four-second hold.",
)
aired_captions = tg.Data(
    "Released translated captions",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
aired_log = tg.Data(
    "As-aired subtitle log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Every released line with its source segment, timing and who corrected it.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Broadcaster facilities", trust=tg.Trust.PARTNER):
    # The channel's live captioning desk: where the source captions come from.
    caption_feed = tm.add(
        tg.DataSource(
            "Broadcaster live caption feed",
            origin=tg.Origin.PARTNER,
            provides={source_captions},
        )
    )
    # The newsroom system publishes the running order and scripts before each bulletin.
    newsroom = tm.add(
        tg.DataSource(
            "Broadcaster newsroom system",
            origin=tg.Origin.PARTNER,
            provides={rundown},
        )
    )
    # Inserts our subtitles into the transmission (DVB subtitles and teletext).
    inserter = tm.add(
        tg.ExternalService(
            "Broadcaster subtitle inserter",
            description="Playout subtitle inserter at the channel's transmission centre.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The translation itself: a general-purpose hosted model.
    llm = tm.add(
        tg.LLM(
            "Hosted translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Commercial chat model prompted to translate caption segments.",
            controls={
                tg.controls.SupplierAssessment(
                    note="procurement review; enterprise terms with zero data retention"
                )
            },
        )
    )

with tm.boundary("Studio cloud tenancy", trust=tg.Trust.INTERNAL):
    # Terminates the broadcasters' caption and rundown connections.
    ingest = tm.add(
        tg.Service(
            "Caption ingest gateway",
            description="Accepts EBU-TT Live caption streams and rundown uploads per channel.",
            controls={
                tg.controls.Authentication(method="per-channel API token"),
                tg.controls.SchemaEnforcement(note="EBU-TT Live documents validated on arrival"),
            },
        )
    )
    # Segments captions, builds the prompt, calls the LLM, times the output.
    translator = tm.add(
        tg.Service(
            "Translation service",
            description="Adds glossary and script context to each segment, calls the LLM and "
            "queues the draft on the console.",
            controls={tg.controls.SecretsManagement(note="LLM API key in the cloud vault")},
        )
    )
    # Glossaries the coordinator maintains per channel and language pair.
    glossary_store = tm.add(tg.DataStore("Glossary store", stores={glossary}))
    # Where the subtitler watches, edits or drops each line during the hold.
    console = tm.add(
        tg.Endpoint(
            "Subtitler console",
            purpose=tg.EndpointPurpose.API,
            description="Web console showing source and draft lines side by side.",
            controls={
                tg.controls.Authentication(method="studio SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(
                    approver="the on-air subtitler",
                    note="lines are held four seconds; unless edited or dropped they go out "
                    "automatically",
                ),
            },
        )
    )
    # Sends released lines to the broadcaster's inserter with the right timing.
    output_relay = tm.add(tg.Service("Subtitle output relay"))
    # Compliance log of what went to air, kept for the channels.
    archive = tm.add(
        tg.DataStore(
            "As-aired subtitle archive",
            stores={aired_log},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Studio office", trust=tg.Trust.INTERNAL):
    # Monitors and corrects the translated captions live.
    subtitler = tm.add(tg.Actor("On-air subtitler", role="subtitler"))
    # Keeps the channel glossaries up to date before each programme.
    coordinator = tm.add(tg.Actor("Subtitling coordinator", role="coordinator"))

with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The audience reading the subtitles on their TV.
    viewers = tm.add(tg.Actor("TV viewers", role="viewer"))

# ---------------------------------------------------------------- flows
tm.flow(caption_feed, ingest, source_captions, protocol="wss", label="EBU-TT Live stream")
tm.flow(newsroom, ingest, rundown, protocol="https", label="rundown and script upload")
tm.flow(ingest, translator, source_captions, rundown)

tm.flow(coordinator, glossary_store, glossary, protocol="https", label="glossary edits")
tm.flow(glossary_store, translator, glossary)
tm.flow(translator, llm, prompt, protocol="https")
tm.flow(llm, translator, translation, protocol="https")

tm.flow(translator, console, draft_captions, source_captions)
tm.flow(console, subtitler, draft_captions, source_captions, protocol="https")
tm.flow(subtitler, console, corrections, protocol="https")
tm.flow(console, output_relay, aired_captions, label="released after the hold")
tm.flow(
    output_relay,
    inserter,
    aired_captions,
    protocol="tcp",
    label="Newfor subtitle packets over the site-to-site IPsec VPN",
)
tm.flow(inserter, viewers, aired_captions, label="broadcast on the subtitle track")
tm.flow(console, archive, aired_log)
tm.flow(archive, coordinator, aired_log, protocol="https", label="compliance log export")
