"""Choir school admissions assistant: first design.

A cathedral choir school in England admits boy and girl choristers aged 7 to 9
after a voice trial. Parents apply through the school's admissions portal, and
the child's current class or music teacher uploads a reference through a link
sent to them. On audition day the panel records each child singing, sight-reading
and talking on a tablet in the song school and types their notes into the
admissions dashboard. A summarisation service sends each recording to a hosted
speech-to-text API and then the transcript, the panel notes, the reference and
the application to a hosted LLM, which writes a one-page summary per applicant.
The director of music reads the summaries (and can replay the recordings) in the
dashboard and alone decides who is offered a place. Controls so far: parent and
referee accounts on the portal, staff sign-in through the school's Microsoft 365
with MFA and roles, TLS, encrypted storage, a vetted AI vendor under a DPA, and
the director's decision on every place.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Choir school admissions audition assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Transcribes audition recordings and summarises notes on child "
    "applicants for the director of music, who decides places.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="The child's name, date of birth, current school, musical experience, "
    "any learning support or medical needs, and the parents' contact details.",
)
reference = tg.Data(
    "Teacher reference",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The current teacher's notes on the child's musicianship, behaviour and progress.",
)
recording = tg.Data(
    "Audition recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio of the child singing, sight-reading and talking with the panel.",
)
panel_notes = tg.Data("Panel notes", kind="documents", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Audition transcript", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the transcript, the panel notes, the reference and the application.",
)
summary = tg.Data("Applicant summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Admission decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
parent_login = tg.Data(
    "Portal sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Applies on the child's behalf and receives the outcome.
    parent = tm.add(tg.Actor("Parent or guardian", role="applicant's parent"))
    # The child's current class or music teacher, at another school.
    referee = tm.add(tg.Actor("Referring teacher", role="referee"))

with tm.boundary("Song school", trust=tg.Trust.INTERNAL):
    # Records each voice trial; uploads over the school Wi-Fi.
    audition_tablet = tm.add(tg.Device("Audition tablet", fleet=False))
    # Assistant director of music and organ scholar who hear the trials.
    panel = tm.add(tg.Actor("Audition panel teacher", role="music staff"))
    # Reads the summaries and decides every place.
    director = tm.add(tg.Actor("Director of music", role="director of music", privileged=True))

with tm.boundary("School cloud tenant", trust=tg.Trust.INTERNAL):
    # Public admissions portal for parents and referees.
    portal = tm.add(
        tg.Endpoint(
            "Admissions portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mail and password for parents; emailed one-time link for referees"
                ),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Staff web app for the panel and the director.
    dashboard = tm.add(
        tg.Endpoint(
            "Admissions dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC with the school's Microsoft 365 accounts and MFA"),
                c.RBAC(note="panel, director of music and admissions secretary roles"),
            },
        )
    )
    # Object storage for the audio of each voice trial.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Applications, references, notes, transcripts, summaries and decisions.
    case_store = tm.add(
        tg.DataStore(
            "Admissions case store",
            stores={
                application,
                reference,
                panel_notes,
                transcript,
                summary,
                decision,
                parent_login,
            },
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Sends recordings for transcription, builds the prompt and stores the summary.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            controls={
                c.HumanInTheLoop(
                    approver="director of music",
                    note="summaries only inform; the director decides every place",
                )
            },
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Hosted speech recognition for the audition audio.
    stt = tm.add(
        tg.Model(
            "Speech-to-text API",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on customer data")},
        )
    )
    # Hosted LLM that writes the applicant summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on customer data")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(parent, portal, application, parent_login, protocol="https")
tm.flow(portal, parent, decision, protocol="https", label="outcome letter")
tm.flow(referee, portal, reference, protocol="https")
tm.flow(portal, case_store, application, reference, parent_login)
tm.flow(case_store, portal, decision, parent_login)

tm.flow(audition_tablet, dashboard, recording, protocol="https")
tm.flow(dashboard, recording_store, recording)
tm.flow(panel, dashboard, panel_notes, protocol="https")
tm.flow(dashboard, case_store, panel_notes)

tm.flow(case_store, summariser, application, reference, panel_notes)
tm.flow(recording_store, summariser, recording)
tm.flow(summariser, stt, recording, protocol="https")
tm.flow(stt, summariser, transcript, protocol="https")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, case_store, transcript, summary)

tm.flow(case_store, dashboard, application, reference, panel_notes, transcript, summary)
tm.flow(recording_store, dashboard, recording, label="replay")
tm.flow(dashboard, director, summary, transcript, panel_notes, recording, protocol="https")
tm.flow(director, dashboard, decision, protocol="https")
tm.flow(dashboard, case_store, decision)
