"""Community radio music licence logging: the first design, before any security review.

A volunteer-run community radio station has to send its music licensing bodies a
return every quarter listing every track played on air. A small capture box in the
studio rack listens to the off-air output feed, sends short audio fingerprints to a
commercial track-recognition API and uploads the matches, together with the playout
system's nightly as-run export, to a play log database on the station's cloud VM.
Volunteer presenters add the tracks of live vinyl sets that recognition misses through
a web dashboard. At quarter end the station manager starts a drafting service from the
dashboard; it sends the quarter's play log to a hosted LLM, which reconciles duplicates
and gaps and drafts the return in the licensing body's template. The manager checks and
edits the draft and uploads the return to the licensing body's portal by hand. The
dashboard signs people in with e-mail and password and has a presenter and a manager
role; the links that leave the studio use HTTPS, and the VM host takes nightly snapshots.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community radio music licence logging",
    profile=tg.RiskProfile.LOW,
    description="Recognises tracks played on air and drafts the quarterly music licence return.",
)

# ---------------------------------------------------------------- data assets
on_air_audio = tg.Data(
    "On-air audio",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The station's broadcast output, as transmitted.",
)
fingerprints = tg.Data(
    "Audio fingerprints",
    kind="features",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Fingerprints of 10-second samples of the output feed.",
)
track_matches = tg.Data(
    "Track matches",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title, artist, label and ISRC the recognition API returns per sample.",
)
as_run_log = tg.Data(
    "Playout as-run log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the playout system played from the music library, with timestamps.",
)
play_log = tg.Data(
    "Play log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Every recognised or logged play: time, duration, track, show.",
)
presenter_notes = tg.Data(
    "Presenter playlist notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text track lists presenters type in for live and vinyl sets.",
)
show_plays = tg.Data(
    "Show play list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The plays recognised in one presenter's show, for them to fill gaps.",
)
draft_request = tg.Data(
    "Return drafting request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Quarter, licensing body and template chosen by the manager.",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, the return template and the quarter's play log and presenter notes.",
)
llm_draft = tg.Data("LLM draft return", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
draft_return = tg.Data(
    "Draft licence return",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The return spreadsheet with the station's licence numbers, for review.",
)
manager_edits = tg.Data(
    "Manager edits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Corrections the manager makes to the draft before submission.",
)
final_return = tg.Data(
    "Final licence return",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reviews the draft and submits the return; works from home or the station office.
    manager = tm.add(tg.Actor("Station manager", role="station manager", privileged=True))
    # Volunteers who add the tracks of live sets the recogniser cannot match.
    presenter = tm.add(tg.Actor("Volunteer presenter", role="presenter"))

with tm.boundary("Recognition vendor", trust=tg.Trust.PARTNER):
    # Commercial audio fingerprint matching against a large commercial music catalogue.
    recognition_api = tm.add(
        tg.ExternalService(
            "Track recognition API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Matches audio fingerprints to released recordings; API key per station.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reconciles the play log and writes the return in the licensing body's format.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Licensing body", trust=tg.Trust.PARTNER):
    # Where the quarterly return is filed; run by the music licensing body.
    licensing_portal = tm.add(
        tg.ExternalService(
            "Licensing returns portal",
            description="The licensing body's web portal that accepts usage returns.",
        )
    )

with tm.boundary("Studio network", trust=tg.Trust.INTERNAL):
    # The off-air feed from the studio output chain: what actually went out.
    output_feed = tm.add(
        tg.DataSource(
            "Broadcast output feed",
            origin=tg.Origin.INTERNAL,
            provides={on_air_audio},
            description="Off-air audio from the processor output, wired into the capture box.",
        )
    )
    # The playout system's own record of library tracks it played.
    playout = tm.add(
        tg.DataStore(
            "Playout system",
            stores={as_run_log},
            description="Automation playout PC with the music library; exports an as-run log nightly.",
        )
    )
    # Listens to the feed, fingerprints it and uploads the matches and the as-run log.
    capture_box = tm.add(
        tg.Service(
            "Off-air capture box",
            description="Small Linux box in the rack; samples the feed every 10 seconds.",
        )
    )

with tm.boundary("Station cloud VM", trust=tg.Trust.INTERNAL):
    # The station's record of everything played, the basis of every return.
    play_log_db = tm.add(
        tg.DataStore(
            "Play log database",
            stores={play_log, presenter_notes},
            controls={c.DataVersioning(note="nightly VM snapshots kept by the host")},
        )
    )
    # Web app for presenters and the manager.
    dashboard = tm.add(
        tg.Endpoint(
            "Licensing dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Presenters add playlist notes and see their shows; the manager drafts and reviews returns.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="presenter and manager roles"),
            },
        )
    )
    # Builds the prompt from the quarter's plays and asks the LLM for the draft.
    drafting = tm.add(
        tg.Service(
            "Return drafting service",
            description="Started by the manager from the dashboard at quarter end.",
            controls={
                c.HumanInTheLoop(
                    approver="station manager",
                    note="the manager reviews and edits every draft and submits the return by hand",
                )
            },
        )
    )
    # Keeps each quarter's drafts and the manager's edits.
    drafts_store = tm.add(tg.DataStore("Draft returns store", stores={draft_return}))

# ---------------------------------------------------------------- flows
# capture and recognition
tm.flow(output_feed, capture_box, on_air_audio, label="off-air audio feed")
tm.flow(capture_box, recognition_api, fingerprints, protocol="https")
tm.flow(recognition_api, capture_box, track_matches, protocol="https")
tm.flow(playout, capture_box, as_run_log, protocol="smb", label="nightly as-run export")
tm.flow(capture_box, play_log_db, play_log, protocol="https", label="recognised plays upload")

# presenters fill the gaps
tm.flow(presenter, dashboard, presenter_notes, protocol="https")
tm.flow(dashboard, play_log_db, presenter_notes)
tm.flow(play_log_db, dashboard, show_plays)
tm.flow(dashboard, presenter, show_plays, protocol="https")

# quarterly drafting
tm.flow(manager, dashboard, draft_request, protocol="https")
tm.flow(dashboard, drafting, draft_request)
tm.flow(play_log_db, drafting, play_log, presenter_notes, label="quarter's plays")
tm.flow(drafting, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting, llm_draft, protocol="https")
tm.flow(drafting, drafts_store, draft_return)

# review and submission
tm.flow(drafts_store, dashboard, draft_return)
tm.flow(dashboard, manager, draft_return, protocol="https")
tm.flow(manager, dashboard, manager_edits, protocol="https", label="review edits")
tm.flow(dashboard, drafts_store, manager_edits, draft_return)
tm.flow(manager, licensing_portal, final_return, protocol="https", label="manual upload")
