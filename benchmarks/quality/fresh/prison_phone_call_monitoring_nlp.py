"""Prison phone call monitoring: the first design, before any security review.

Prisoners call from handsets on the wings with their prisoner number and PIN.
The telephony vendor connects the calls over the public network and records
them, except calls to numbers on the legal privilege list (lawyers' numbers that
legal services staff maintain), which must never be recorded. Each night an
ingest job fetches new recordings from the vendor over SFTP into the prison
service's intelligence enclave, where an open-weights speech-to-text model
transcribes them and an in-house NLP classifier flags talk of drugs, violence,
escape or witness intimidation. Transcripts and flags are stored in the
intelligence system; security analysts review every flag before anything is done
with it, and confirmed calls can be exported as evidence to the police.
Controls: PIN sign-in on the phones, smartcard sign-in and roles for staff, audit
logs and encryption at rest on the intelligence system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prison phone call monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Transcription and NLP flagging of recorded prisoner calls for security review, "
    "with legally privileged calls excluded from recording.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Voices of the prisoner and the person called.",
)
legal_audio = tg.Data(
    "Privileged legal call audio",
    kind="media",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Calls to lawyers; legally privileged and must not be recorded.",
)
pin = tg.Data("Prisoner number and PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
call_meta = tg.Data(
    "Call records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Prisoner, number dialled, time and duration of each call.",
)
legal_list = tg.Data(
    "Legal privilege number list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Lawyers' numbers whose calls are connected but never recorded.",
)
recording = tg.Data("Call recording", kind="media", sensitivity=tg.Sensitivity.REGULATED)
transcript = tg.Data(
    "Call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
flags = tg.Data(
    "Call risk flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Category (drugs, violence, escape, witness intimidation), score and highlighted passage.",
)
review_outcome = tg.Data(
    "Analyst flag review", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
evidence = tg.Data(
    "Evidence package",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Recording, transcript, call records and the analyst's statement.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Prison wings", trust=tg.Trust.UNTRUSTED):
    # The people whose calls are monitored.
    prisoner = tm.add(tg.Actor("Prisoner", role="prisoner"))
    # Wall-mounted phones on the wings, supplied and run by the telephony vendor.
    handset = tm.add(tg.Device("Wing phone handset", fleet=True))

with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Family, friends and lawyers the prisoner calls.
    called_party = tm.add(tg.Actor("Called party", role="family, friend or lawyer"))

with tm.boundary("Telephony vendor", trust=tg.Trust.PARTNER):
    # The vendor's call platform: checks PINs and allowed numbers, connects and records calls.
    telephony = tm.add(
        tg.ExternalService(
            "Prisoner telephony platform",
            description="Skips recording for numbers on the legal privilege list.",
            controls={
                c.Authentication(method="prisoner number and PIN"),
                c.AuditLogging(note="call detail records for every call"),
            },
        )
    )
    # The vendor's archive of recorded calls.
    vendor_archive = tm.add(tg.DataStore("Vendor recording archive", stores={recording, call_meta}))

with tm.boundary("Prison service network", trust=tg.Trust.INTERNAL):
    # Legal services staff add lawyers' numbers on request.
    legal_clerk = tm.add(tg.Actor("Legal services clerk", role="legal services staff"))
    # The prison's master copy of the privileged numbers, synced to the vendor.
    legal_list_db = tm.add(
        tg.DataStore(
            "Legal privilege number register",
            stores={legal_list},
            controls={c.RBAC(note="legal services staff only")},
        )
    )

    with tm.boundary("Intelligence enclave", trust=tg.Trust.RESTRICTED):
        # Nightly pull of new recordings and call records from the vendor.
        ingest = tm.add(tg.Pipeline("Nightly recording ingest job", stage=tg.Stage.INGESTION))
        # Runs transcription then flagging on each ingested call.
        analysis = tm.add(tg.Service("Call analysis service"))
        # Open-weights speech-to-text model run on the enclave's GPU server.
        stt = tm.add(
            tg.Model(
                "Speech-to-text model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )
        # In-house classifier that flags risky talk in transcripts.
        flagger = tm.add(
            tg.Model(
                "Call risk classifier",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Flags drugs, violence, escape and witness intimidation talk.",
                controls={c.HumanInTheLoop(approver="security intelligence analyst")},
            )
        )
        # Intelligence system of record: transcripts, flags, reviews, recordings.
        intel = tm.add(
            tg.DataStore(
                "Intelligence system",
                stores={recording, call_meta, transcript, flags, review_outcome},
                controls={
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                    c.EncryptionAtRest(key_management="on-premises HSM"),
                },
            )
        )
        # Analysts' web app for the flag queue and evidence export.
        review_app = tm.add(
            tg.Endpoint(
                "Flag review console",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="smartcard and PIN")},
            )
        )
        # Security staff who review flags and prepare evidence.
        analyst = tm.add(tg.Actor("Security intelligence analyst", role="security staff"))

with tm.boundary("Police", trust=tg.Trust.PARTNER):
    # Police investigators who receive flagged calls as evidence.
    police = tm.add(tg.Actor("Police evidence officer", role="investigator"))

# ---------------------------------------------------------------- flows
tm.flow(prisoner, handset, pin, call_audio, legal_audio, label="dials from the wing")
tm.flow(handset, prisoner, call_audio, legal_audio)
tm.flow(handset, telephony, pin, call_audio, legal_audio, protocol="sip")
tm.flow(telephony, handset, call_audio, legal_audio, protocol="sip")
tm.flow(telephony, called_party, call_audio, legal_audio, protocol="pstn")
tm.flow(called_party, telephony, call_audio, legal_audio, protocol="pstn")
tm.flow(telephony, vendor_archive, recording, call_meta)

tm.flow(legal_clerk, legal_list_db, legal_list, protocol="https", label="adds lawyers' numbers")
tm.flow(legal_list_db, telephony, legal_list, protocol="sftp", label="nightly list sync")

tm.flow(vendor_archive, ingest, recording, call_meta, protocol="sftp")
tm.flow(ingest, intel, recording, call_meta)
tm.flow(intel, analysis, recording)
tm.flow(analysis, stt, recording)
tm.flow(stt, analysis, transcript)
tm.flow(analysis, flagger, transcript)
tm.flow(flagger, analysis, flags)
tm.flow(analysis, intel, transcript, flags)

tm.flow(intel, review_app, recording, transcript, flags, call_meta)
tm.flow(review_app, analyst, recording, transcript, flags, protocol="https")
tm.flow(analyst, review_app, review_outcome, protocol="https")
tm.flow(review_app, intel, review_outcome)
tm.flow(review_app, police, evidence, protocol="https", label="evidence export")
