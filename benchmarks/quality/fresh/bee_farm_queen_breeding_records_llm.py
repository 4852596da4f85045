"""Queen breeding records: the first design, before any security review.

An EU bee breeding farm keeps queen lineages, colony inspections and disease
tests in a cloud breeding database. Beekeepers dictate inspection notes into a
phone app in the apiary; the app uploads the recording to an intake API, an
open-weights speech model transcribes it and a vendor-hosted LLM turns the
transcript into a structured record, which must match the record schema before
it is written. The breeding manager works in a breeding dashboard: she checks
records, uploads health certificates and disease test results downloaded from
the national bee inspectorate, and sees which queens an in-house breeding model
suggests breeding from; she makes the final choice. Customers order queens in
the online shop, pay on a hosted checkout and get the current health
certificate by e-mail. Staff sign in with e-mail and password (the dashboard
adds TOTP); breeding data are snapshotted nightly, orders encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bee farm queen breeding records",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Dictated inspection notes become breeding records; a model suggests breeder queens.",
)

# ---------------------------------------------------------------- data assets
voice_note = tg.Data(
    "Inspection voice note",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The beekeeper's dictated recording, with hive id and GPS position.",
)
transcript = tg.Data("Inspection transcript", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
structuring_prompt = tg.Data(
    "Record structuring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, the record schema and the transcript.",
)
structured_record = tg.Data(
    "Structured inspection record", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
breeding_records = tg.Data(
    "Queen lineage and colony records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Queen pedigrees, colony inspections, temperament and yield scores.",
)
disease_results = tg.Data(
    "Disease test results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Varroa counts and foulbrood and Nosema tests, some notifiable.",
)
health_certificate = tg.Data(
    "Apiary health certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
breeding_suggestions = tg.Data(
    "Breeder queen suggestions", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
record_edits = tg.Data(
    "Record corrections", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
queen_catalogue = tg.Data(
    "Queen catalogue and availability", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
order = tg.Data(
    "Queen order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, delivery address, e-mail, phone and the queens ordered.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
order_email = tg.Data(
    "Order confirmation with health certificate", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Beekeepers and hobbyists buying queens.
    customer = tm.add(tg.Actor("Customer", role="queen buyer"))

with tm.boundary("Apiary (mobile network)", trust=tg.Trust.UNTRUSTED):
    # Farm staff inspecting colonies in the out-apiaries.
    beekeeper = tm.add(tg.Actor("Beekeeper", role="farm staff"))
    # Farm-issued phones with the dictation app.
    phone_app = tm.add(tg.Device("Apiary phone app", fleet=True))

with tm.boundary("National bee inspectorate", trust=tg.Trust.PARTNER):
    # The inspectorate's portal, where certificates and lab results are published.
    inspectorate = tm.add(
        tg.DataSource(
            "Bee inspectorate portal",
            origin=tg.Origin.PARTNER,
            provides={health_certificate, disease_results},
        )
    )

with tm.boundary("Vendors", trust=tg.Trust.PARTNER):
    # Hosted LLM that turns transcripts into structured records.
    llm = tm.add(tg.LLM("Record structuring LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Hosted checkout; card data never reach our systems.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Runs the breeding programme and owns the records.
    manager = tm.add(tg.Actor("Breeding manager", role="breeding manager", privileged=True))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploads from the phone app.
    intake_api = tm.add(
        tg.Endpoint(
            "Inspection intake API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app login with e-mail and password, then a bearer token")
            },
        )
    )
    # Orchestrates transcription, structuring and the database write.
    note_service = tm.add(
        tg.Service(
            "Note processing service",
            controls={
                c.SchemaEnforcement(note="LLM output must validate against the record schema")
            },
        )
    )
    # Open-weights speech-to-text model run on our own VM.
    speech_model = tm.add(
        tg.Model(
            "Speech-to-text model", task=tg.Task.GENERATIVE, origin=tg.ModelOrigin.OPEN_WEIGHTS
        )
    )
    # The farm's system of record for lineages, inspections and tests.
    breeding_db = tm.add(
        tg.DataStore(
            "Breeding database",
            stores={breeding_records, disease_results, health_certificate},
            controls={c.DataVersioning(note="nightly snapshots")},
        )
    )
    # Ranks candidate breeder queens from lineage and inspection history.
    breeding_model = tm.add(
        tg.Model(
            "Breeding selection model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            controls={c.HumanInTheLoop(approver="the breeding manager picks the breeder queens")},
        )
    )
    # Web app for the manager: records, certificates and suggestions.
    dashboard = tm.add(
        tg.Endpoint(
            "Breeding dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )
    # The public shop where customers order queens.
    shop = tm.add(
        tg.Endpoint(
            "Online shop",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="customer account with e-mail and password")},
        )
    )
    # Orders and customer details.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(beekeeper, phone_app, voice_note, label="dictates in the apiary")
tm.flow(phone_app, intake_api, voice_note, protocol="https")
tm.flow(intake_api, note_service, voice_note)
tm.flow(note_service, speech_model, voice_note)
tm.flow(speech_model, note_service, transcript)
tm.flow(note_service, llm, structuring_prompt, protocol="https")
tm.flow(llm, note_service, structured_record, protocol="https")
tm.flow(note_service, breeding_db, structured_record)

tm.flow(
    inspectorate, manager, health_certificate, disease_results, protocol="https", label="downloads"
)
tm.flow(manager, dashboard, health_certificate, disease_results, record_edits, protocol="https")
tm.flow(dashboard, breeding_db, health_certificate, disease_results, record_edits)
tm.flow(breeding_db, dashboard, breeding_records, disease_results)
tm.flow(breeding_db, breeding_model, breeding_records, disease_results)
tm.flow(breeding_model, dashboard, breeding_suggestions)
tm.flow(dashboard, manager, breeding_records, breeding_suggestions, protocol="https")

tm.flow(breeding_db, shop, queen_catalogue, health_certificate)
tm.flow(customer, shop, order, protocol="https")
tm.flow(shop, customer, queen_catalogue, protocol="https")
tm.flow(shop, order_db, order)
tm.flow(order_db, shop, order)
tm.flow(customer, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, shop, payment_confirmation, protocol="https")
tm.flow(shop, customer, order_email, protocol="smtp", label="order e-mail")
