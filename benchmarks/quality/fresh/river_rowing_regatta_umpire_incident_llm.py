"""River regatta umpire incident assistant: the first design, before any security review.

During racing, umpires following each race in launches radio incidents (steering
fouls, clashes, obstruction, false starts) to race control on the regatta's UHF
channel. A radio gateway in the race control tent records each call; an
open-weights speech-to-text model on the race control server transcribes it. The
finish judge adds notes and stills from the photo-finish camera. An incident
assistant on the same server joins the transcripts and camera notes with the
draw (crews, lanes, bow numbers) and the Rules of Racing, and asks a hosted LLM
over the site's 4G uplink to draft an incident report with penalty options. The
chief umpire reviews drafts in a web console on the site network (individual
accounts, role-based access), decides every penalty, and the decision is
published to the regatta results website. Nothing is applied without the chief
umpire; the case store logs who viewed, edited or decided each case.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "River regatta umpire incident assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts incident reports and penalty options from umpires' radio calls "
    "and finish-line camera notes, for the chief umpire to decide.",
)

# ---------------------------------------------------------------- data assets
radio_call = tg.Data(
    "Umpire radio call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Voice calls naming crews, bow numbers and sometimes athletes.",
)
transcript = tg.Data("Radio call transcript", kind="records", sensitivity=tg.Sensitivity.PII)
stills = tg.Data(
    "Finish-line camera stills",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo-finish frames showing crews, some of them junior athletes.",
)
camera_notes = tg.Data(
    "Finish judge camera notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Verdicts on overlaps, lane infringements and finish order, with frame times.",
)
draw = tg.Data(
    "Race draw and crew entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crews, clubs, athlete names and ages, lanes, bow numbers, race times.",
)
rules = tg.Data(
    "Rules of Racing and regatta regulations",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
prompt = tg.Data(
    "Incident drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, transcripts, camera notes, the crews involved and rule extracts.",
)
draft = tg.Data(
    "Draft incident report and penalty options",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
decision = tg.Data(
    "Chief umpire penalty decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
notice = tg.Data(
    "Published penalty notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Crew, race, rule and penalty, as shown on the results site.",
)
case_file = tg.Data("Incident case file", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Umpire launches on the course", trust=tg.Trust.PARTNER):
    # Volunteer umpires appointed by the federation, following each race by launch.
    umpire = tm.add(tg.Actor("Race umpire", role="umpire"))

with tm.boundary("Regatta site network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Finish tower", trust=tg.Trust.INTERNAL):
        # Judges the finish and writes what the camera shows about each incident.
        finish_judge = tm.add(tg.Actor("Finish judge", role="official"))
        # Line-scan photo-finish camera on the finish line.
        camera = tm.add(tg.Device("Finish-line camera", fleet=False))
        # Regatta laptop running the photo-finish software; notes are typed here.
        workstation = tm.add(
            tg.Device(
                "Photo-finish workstation",
                fleet=False,
                description="Windows laptop in the finish tower.",
            )
        )

    with tm.boundary("Race control tent", trust=tg.Trust.INTERNAL):
        # Scanner receiver on the regatta channel that records each umpire call.
        radio_gateway = tm.add(
            tg.Device(
                "Race control radio gateway",
                fleet=False,
                description="UHF receiver with a USB audio interface into the race control server.",
            )
        )
        # Turns recorded calls into text; runs locally so calls are not sent out for transcription.
        stt = tm.add(
            tg.Model(
                "Radio speech-to-text model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights speech recognition model on the race control server.",
            )
        )
        # Joins calls, camera notes, the draw and the rules, and asks the LLM for a draft.
        assistant = tm.add(
            tg.Service(
                "Incident assistant",
                description="Builds the drafting prompt per incident and files the draft "
                "for the chief umpire; it never publishes or applies a penalty itself.",
                controls={
                    c.HumanInTheLoop(
                        approver="the chief umpire",
                        note="every penalty is decided by the chief umpire in the console",
                    )
                },
            )
        )
        # Local copy of the entries and draw, imported from the entry system before racing.
        entries_db = tm.add(tg.DataStore("Entries and draw database", stores={draw}))
        # The rulebook and this regatta's regulations, for citing the rule that applies.
        rulebook = tm.add(tg.DataStore("Rules of Racing library", stores={rules}))
        # Transcripts, camera notes, drafts and decisions for each incident.
        case_store = tm.add(
            tg.DataStore(
                "Incident case store",
                stores={case_file, transcript, camera_notes, draft, decision},
                controls={c.AuditLogging(note="who viewed, edited or decided each case")},
            )
        )
        # Web console where the chief umpire reviews drafts and records decisions.
        console = tm.add(
            tg.Endpoint(
                "Incident review console",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="individual e-mail and password accounts"),
                    c.RBAC(note="only the chief umpire role can record or publish a decision"),
                },
            )
        )
        # Decides penalties (warning, exclusion, re-row) and signs them off.
        chief_umpire = tm.add(tg.Actor("Chief umpire", role="chief umpire"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the draft report and options.
    llm = tm.add(tg.LLM("Hosted drafting LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Results host", trust=tg.Trust.PARTNER):
    # The regatta's results and notices website, run by a results-service provider.
    results_site = tm.add(tg.ExternalService("Regatta results website"))

# ---------------------------------------------------------------- flows
tm.flow(umpire, radio_gateway, radio_call, protocol="uhf", label="incident call")
tm.flow(radio_gateway, stt, radio_call, protocol="usb")
tm.flow(stt, assistant, transcript, protocol="local")

tm.flow(camera, workstation, stills, protocol="gige-vision")
tm.flow(finish_judge, workstation, camera_notes, label="typed notes")
tm.flow(workstation, assistant, camera_notes, stills, protocol="http", label="incident intake")

tm.flow(entries_db, assistant, draw, label="crews in the race")
tm.flow(rulebook, assistant, rules, label="rule extracts")
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, draft, protocol="https")
tm.flow(assistant, case_store, transcript, camera_notes, draft)

tm.flow(case_store, console, case_file, draft)
tm.flow(console, chief_umpire, draft, protocol="https")
tm.flow(chief_umpire, console, decision, protocol="https")
tm.flow(console, case_store, decision)
tm.flow(console, results_site, notice, protocol="https", label="publish decision")
