"""Primary school reading-age assessment: the first design, before any security review.

Children in a primary school read a short levelled passage aloud to a classroom tablet.
The tablet uploads the recording to our reading service in the cloud, where a
self-hosted open-weights speech model transcribes it and a hosted LLM compares the
transcript with the passage to estimate the child's reading age and suggest next
books from a levelled book catalogue. Results are stored against the pupil's record.
Teachers sign in to a web dashboard with the school's Microsoft 365 single sign-on,
replay recordings, read the estimates and decide the reading groups themselves.
Parents sign in to a phone app with e-mail and password (linked to their child by a
school invite code) and see their child's reading-age history and suggested books.
Class lists come nightly from the school's MIS through a roster-sync partner. Tablets
call the API with a per-tablet key enrolled by the school; pupils just tap their name.
All traffic is HTTPS, the stores are encrypted by the cloud provider's KMS, and the
LLM vendor signed a data processing agreement with no retention of prompts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Primary school reading-age assessment",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Children read aloud to a tablet; speech model and LLM estimate reading age "
    "and suggest books; teachers decide reading groups, parents follow progress.",
)

# ---------------------------------------------------------------- data assets
reading_audio = tg.Data(
    "Read-aloud recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A child's voice reading the passage, tagged with the pupil id.",
)
passage = tg.Data("Levelled passage text", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
roster = tg.Data(
    "Class roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil names, year group, class and date of birth from the school MIS.",
)
transcript = tg.Data("Reading transcript", kind="model-output", sensitivity=tg.Sensitivity.PII)
assessment_prompt = tg.Data(
    "Assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the passage, the transcript, the pupil's year group and "
    "a shortlist of catalogue books.",
)
estimate = tg.Data(
    "Reading-age estimate and book suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
catalogue = tg.Data("Levelled book list", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
pupil_record = tg.Data(
    "Pupil reading record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Assessment history, transcripts, estimates and the reading group.",
)
group_decision = tg.Data("Reading group decision", kind="records", sensitivity=tg.Sensitivity.PII)
progress = tg.Data(
    "Child progress summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reading-age history and suggested next books for one child.",
)
parent_request = tg.Data("Parent sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
teacher_login = tg.Data("Teacher sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("Teacher SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents use the app on their own phones, from anywhere.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))

with tm.boundary("School premises", trust=tg.Trust.INTERNAL):
    # The children being assessed; they read aloud to a shared tablet in class.
    pupil = tm.add(tg.Actor("Pupil", role="child reader"))
    # Decides reading groups from the estimates; also replays recordings.
    teacher = tm.add(tg.Actor("Class teacher", role="teacher"))
    # Shared classroom tablets running our reading app: records and uploads.
    tablet = tm.add(
        tg.Device(
            "Classroom tablet",
            description="School-managed tablets; the app shows the class list to tap a name.",
        )
    )

with tm.boundary("Roster-sync partner", trust=tg.Trust.PARTNER):
    # Third-party MIS connector that exports class lists nightly.
    mis_feed = tm.add(
        tg.DataSource(
            "School MIS roster feed",
            origin=tg.Origin.PARTNER,
            provides={roster},
            description="Nightly export of classes and pupils from the school's MIS.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The school's own identity provider, used for teacher single sign-on.
    idp = tm.add(tg.ExternalService("School Microsoft 365 sign-in", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose LLM that judges the reading and picks books.
    llm = tm.add(
        tg.LLM(
            "Reading assessment LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Estimates reading age from accuracy, skipped and substituted words.",
            controls={c.SupplierAssessment(note="DPA signed; vendor keeps no prompts")},
        )
    )

with tm.boundary("Reading service cloud", trust=tg.Trust.INTERNAL):
    # The API the tablets upload recordings to and fetch passages from.
    reading_api = tm.add(
        tg.Endpoint(
            "Reading API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-tablet API key enrolled by the school"),
                c.InputValidation(note="audio format and length checked"),
            },
        )
    )
    # Orchestrates transcription, the LLM call and storing the result.
    assessor = tm.add(
        tg.Service(
            "Assessment service",
            description="Transcribes the recording, prompts the LLM, keeps the result.",
            controls={
                c.OutputFiltering(
                    note="LLM answer parsed as JSON; suggested titles kept only if in the catalogue"
                )
            },
        )
    )
    # Open-weights speech recogniser on our own GPU nodes.
    speech = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Whisper-class model transcribing children's read-aloud audio.",
        )
    )
    # Web dashboard where teachers see results and set reading groups.
    dashboard = tm.add(
        tg.Endpoint(
            "Teacher dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="school Microsoft 365 single sign-on (OIDC)"),
                c.RBAC(note="teacher and head-teacher roles"),
            },
        )
    )
    # Backend of the parents' phone app.
    parent_api = tm.add(
        tg.Endpoint(
            "Parent app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password; linked to a child by a school invite code"
                )
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the recordings, so teachers can replay them.
        audio_store = tm.add(
            tg.DataStore(
                "Recording bucket",
                stores={reading_audio},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Pupils, assessments and reading groups.
        pupil_db = tm.add(
            tg.DataStore(
                "Pupil reading database",
                stores={pupil_record, roster, transcript, estimate},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Levelled books with reading-age bands, maintained by our content team.
        books = tm.add(tg.DataStore("Book catalogue", stores={catalogue, passage}))

# ---------------------------------------------------------------- flows
tm.flow(pupil, tablet, reading_audio, label="reads aloud in person")
tm.flow(tablet, pupil, passage, label="passage shown on the touchscreen")
tm.flow(reading_api, tablet, passage, roster, protocol="https", label="passage and class list")
tm.flow(tablet, reading_api, reading_audio, protocol="https")

tm.flow(reading_api, assessor, reading_audio)
tm.flow(assessor, audio_store, reading_audio)
tm.flow(assessor, speech, reading_audio)
tm.flow(speech, assessor, transcript)
tm.flow(books, assessor, catalogue, passage, label="passage and candidate books")
tm.flow(books, reading_api, passage)
tm.flow(assessor, llm, assessment_prompt, protocol="https")
tm.flow(llm, assessor, estimate, protocol="https")
tm.flow(assessor, pupil_db, transcript, estimate)

tm.flow(mis_feed, pupil_db, roster, protocol="https", label="nightly roster sync")
tm.flow(pupil_db, reading_api, roster, label="class list for the tablet")

tm.flow(teacher, idp, teacher_login, protocol="https")
tm.flow(idp, dashboard, id_token, protocol="oidc")
tm.flow(pupil_db, dashboard, pupil_record, transcript, estimate)
tm.flow(audio_store, dashboard, reading_audio, label="replay")
tm.flow(dashboard, teacher, pupil_record, estimate, reading_audio, protocol="https")
tm.flow(teacher, dashboard, group_decision, protocol="https")
tm.flow(dashboard, pupil_db, group_decision)

tm.flow(parent, parent_api, parent_request, protocol="https")
tm.flow(pupil_db, parent_api, progress)
tm.flow(parent_api, parent, progress, protocol="https")
