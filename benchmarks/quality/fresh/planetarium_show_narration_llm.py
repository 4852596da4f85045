"""Planetarium show narration: the first design, before any security review.

The planetarium's education team keeps an astronomy content library (articles,
object notes, past scripts) in the planetarium's cloud tenant. Each afternoon a
script generator pulls the night's sky data (planet positions, moon phase,
ISS passes, events) from a public ephemeris service, picks matching library
content and asks a vendor-hosted LLM to draft the narration for that evening's
live sky show. Presenters open the draft on a venue tablet during rehearsal,
edit it in the script editor web app (staff single sign-on) and mark it final.
For unattended shows an audio job sends the final script to a voice synthesis
vendor and stores the backup audio, which the dome playback system downloads.
Traffic to the vendors and the web app is HTTPS; scripts keep a revision
history. There is no other review of what the LLM writes before rehearsal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Planetarium show narration",
    profile=tg.RiskProfile.LOW,
    description="LLM-drafted narration scripts for live sky shows, with backup audio.",
)

# ---------------------------------------------------------------- data assets
library_content = tg.Data(
    "Astronomy content",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Articles, object notes and past show scripts written by the education team.",
)
sky_data = tg.Data(
    "Tonight's sky data",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Ephemeris: visible planets, moon phase, satellite passes, sky events.",
)
prompt = tg.Data(
    "Narration prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Style instructions, tonight's sky data and the selected library excerpts.",
)
draft_script = tg.Data(
    "Draft narration script", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
script = tg.Data(
    "Show script",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The presenter-edited script, with its revisions and a 'final' flag.",
)
script_edits = tg.Data("Script edits", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
tts_request = tg.Data("Final script text", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
backup_audio = tg.Data(
    "Backup narration audio",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where tonight's sky comes from: a free public ephemeris API.
    ephemeris = tm.add(
        tg.DataSource(
            "Public ephemeris service",
            origin=tg.Origin.PUBLIC_WEB,
            provides={sky_data},
            description="Public astronomy API queried for the venue's location and date.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the narration drafts; the planetarium does not host models itself.
    llm = tm.add(
        tg.LLM(
            "Hosted narration LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Voice synthesis vendor", trust=tg.Trust.PARTNER):
    # Produces the backup audio read out when no presenter is in the dome.
    tts = tm.add(
        tg.ExternalService(
            "Voice synthesis service",
            provides=tg.ExternalCategory.MODEL_API,
            description="Text-to-speech API with a stock narrator voice.",
        )
    )

with tm.boundary("Planetarium cloud tenant", trust=tg.Trust.INTERNAL):
    # The education team's source material for every script.
    library = tm.add(
        tg.DataStore(
            "Astronomy content library",
            stores={library_content},
            controls={c.RBAC(note="education team edits, everyone else reads")},
        )
    )
    # Builds the prompt from sky data and library content and calls the LLM.
    generator = tm.add(
        tg.Service(
            "Script generator",
            description="Runs each afternoon for the evening's shows.",
        )
    )
    # Holds drafts and presenter-edited scripts, with their revision history.
    script_store = tm.add(
        tg.DataStore(
            "Script store",
            stores={draft_script, script},
            controls={c.DataVersioning(note="every save is a revision")},
        )
    )
    # The web app presenters edit scripts in from their tablets.
    editor = tm.add(
        tg.Endpoint(
            "Script editor web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="staff single sign-on")},
        )
    )
    # Sends scripts marked final to the voice vendor and keeps the audio.
    audio_job = tm.add(
        tg.Service(
            "Backup audio job",
            controls={c.HumanInTheLoop(approver="the presenter marks the script final")},
        )
    )
    # Backup audio files the dome downloads before unattended shows.
    audio_store = tm.add(tg.DataStore("Backup audio store", stores={backup_audio}))

with tm.boundary("Venue network", trust=tg.Trust.INTERNAL):
    # Edits and rehearses the script; narrates live shows.
    presenter = tm.add(tg.Actor("Presenter", role="show presenter"))
    # Maintains the content library.
    educator = tm.add(tg.Actor("Astronomy educator", role="education team"))
    # Shared venue tablets used during rehearsal.
    tablet = tm.add(
        tg.Device(
            "Presenter tablet",
            fleet=True,
            description="A few shared tablets on the venue Wi-Fi.",
        )
    )
    # Plays the backup audio in the dome for unattended shows.
    playback = tm.add(
        tg.Service(
            "Dome playback system",
            description="Show control computer in the projection booth.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(educator, library, library_content, protocol="https", label="writes articles")

tm.flow(ephemeris, generator, sky_data, protocol="https", label="afternoon pull")
tm.flow(library, generator, library_content, label="matching excerpts")
tm.flow(generator, llm, prompt, protocol="https")
tm.flow(llm, generator, draft_script, protocol="https")
tm.flow(generator, script_store, draft_script)

tm.flow(script_store, editor, draft_script, script)
tm.flow(editor, script_store, script)
tm.flow(editor, tablet, script, protocol="https")
tm.flow(tablet, editor, script_edits, protocol="https")
tm.flow(presenter, tablet, script_edits, label="rehearsal edits")
tm.flow(tablet, presenter, script, label="reads the script")

tm.flow(script_store, audio_job, script, label="scripts marked final")
tm.flow(audio_job, tts, tts_request, protocol="https")
tm.flow(tts, audio_job, backup_audio, protocol="https")
tm.flow(audio_job, audio_store, backup_audio)
tm.flow(audio_store, playback, backup_audio, protocol="https", label="download before show")
