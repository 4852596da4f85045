"""Riding for the disabled group: rider session notes and progress summaries.

After each ride, the volunteers who led and sided the horse dictate a short
session note into the group's phone app: how the rider sat, balance, tone,
mood, what exercises were done. A notes API on the group's cloud hosting sends
the recording to a speech-to-text service and keeps the transcript against the
rider's record. Once a month a summary service gathers each rider's notes and
therapy goals and asks a hosted LLM for a progress summary for the rider's
physiotherapist. The coach reads, edits and approves every summary in a review
portal; only then is it e-mailed to the physiotherapist. Controls: sign-in on
the app and the portal (TOTP for the coach), HTTPS throughout, encryption at
rest by the hosting provider, a signed data processing agreement with the LLM
vendor, and the coach's approval before anything is shared.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Riding for the disabled rider session notes LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Volunteers' dictated ride notes summarised by an LLM for riders' physiotherapists.",
)

# ---------------------------------------------------------------- data assets
voice_note = tg.Data(
    "Dictated session note",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Volunteer's recording about one rider's session: posture, balance, mood, exercises.",
)
transcript = tg.Data(
    "Session note transcript",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
rider_list = tg.Data(
    "Today's rider list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="First names and rider ids of the riders in the volunteer's sessions.",
)
rider_profile = tg.Data(
    "Rider profile",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, date of birth, condition, therapy goals, physiotherapist's name and e-mail.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
summary_prompt = tg.Data(
    "Progress summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the rider's goals and a month of session transcripts.",
)
draft_summary = tg.Data(
    "Draft progress summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
coach_edits = tg.Data(
    "Coach edits and approval",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
approved_summary = tg.Data(
    "Approved progress summary",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Riding arena", trust=tg.Trust.UNTRUSTED):
    # Leaders and side-walkers; they dictate a note about each rider after the ride.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer leader or side-walker"))
    # The group's app on the volunteers' own phones; records and uploads the notes.
    phone_app = tm.add(
        tg.Device(
            "Volunteer phone app",
            fleet=True,
            description="Installed on volunteers' personal phones; keeps the session signed in.",
        )
    )

with tm.boundary("Physiotherapy practices", trust=tg.Trust.UNTRUSTED):
    # NHS and private physiotherapists who treat the riders and receive the summaries.
    physio = tm.add(tg.Actor("Physiotherapist", role="rider's physiotherapist"))

with tm.boundary("Speech-to-text vendor", trust=tg.Trust.PARTNER):
    # Turns the dictated audio into text.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            description="Hosted transcription API, pay per minute.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the draft progress summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on our data")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The group's hosted e-mail account that sends the approved summaries out.
    mail = tm.add(tg.ExternalService("Group e-mail service"))

with tm.boundary("Group cloud hosting", trust=tg.Trust.INTERNAL):
    # Receives uploads from the app and files transcripts against riders.
    notes_api = tm.add(
        tg.Endpoint(
            "Session notes API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="volunteer e-mail and password")},
        )
    )
    # Every transcript, by rider and session date.
    notes_store = tm.add(
        tg.DataStore(
            "Session notes store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # The group's rider records, kept by the coach.
    rider_records = tm.add(
        tg.DataStore(
            "Rider records",
            stores={rider_profile},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Builds each rider's monthly prompt and files the LLM's draft for review.
    summariser = tm.add(
        tg.Service(
            "Monthly summary job",
            description="Runs on the first of the month over every active rider.",
        )
    )
    # Drafts waiting for the coach, and the approved versions.
    drafts = tm.add(
        tg.DataStore(
            "Summary drafts store",
            stores={draft_summary, approved_summary},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Where the coach reviews drafts and keeps rider profiles up to date.
    portal = tm.add(
        tg.Endpoint(
            "Coach review portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.HumanInTheLoop(
                    approver="the coach", note="every summary is approved before it is sent"
                ),
            },
        )
    )

with tm.boundary("Group office", trust=tg.Trust.INTERNAL):
    # Qualified coach who runs the sessions; approves every summary.
    coach = tm.add(tg.Actor("Coach", role="RDA coach", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(volunteer, phone_app, voice_note, label="dictates after the ride")
tm.flow(phone_app, notes_api, voice_note, protocol="https")
tm.flow(rider_records, notes_api, rider_list)
tm.flow(notes_api, phone_app, rider_list, transcript, protocol="https")
tm.flow(phone_app, volunteer, rider_list, transcript, label="on the phone screen")
tm.flow(notes_api, stt, voice_note, protocol="https")
tm.flow(stt, notes_api, transcript, protocol="https")
tm.flow(notes_api, notes_store, transcript)

tm.flow(notes_store, summariser, transcript, label="monthly batch")
tm.flow(rider_records, summariser, rider_profile, label="monthly batch")
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, draft_summary, protocol="https")
tm.flow(summariser, drafts, draft_summary)

tm.flow(drafts, portal, draft_summary)
tm.flow(portal, coach, draft_summary, rider_profile, protocol="https")
tm.flow(coach, portal, coach_edits, rider_profile, protocol="https")
tm.flow(portal, drafts, approved_summary)
tm.flow(portal, rider_records, rider_profile)
tm.flow(rider_records, portal, rider_profile)
tm.flow(portal, mail, approved_summary, protocol="https")
tm.flow(mail, physio, approved_summary, protocol="smtp", label="e-mail to the physiotherapist")
