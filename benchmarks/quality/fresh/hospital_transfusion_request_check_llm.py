"""Hospital transfusion request pre-screening with an LLM: the first design.

Ward doctors order blood products (red cells, platelets, plasma) in the
electronic patient record (EPR). The order reaches the blood bank's laboratory
system through the hospital's HL7 integration engine as today, and a copy goes
to a new pre-screening service in the hospital data centre. The service fetches
the patient's latest haemoglobin and platelet count from the laboratory system,
the transfusion history from the blood bank system and the current local
transfusion guideline, and asks a vendor-hosted LLM (used under a data
processing agreement) whether the request meets the guideline or needs a
haematologist's review. The mark is written back to the blood bank system, where
the biomedical scientist sees it before issuing; flagged requests go to the
on-call haematologist. Staff sign in to the EPR and the blood bank system with
NHS smartcards and PIN; access is by role, and the blood bank keeps its
traceability audit trail. The service itself adds no further checks yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital transfusion request pre-screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM marks ward blood-product requests as meeting the transfusion "
    "guideline or needing haematologist review, before the lab issues.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Blood product request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient identifiers, product, quantity, urgency and clinical indication.",
)
patient_lookup = tg.Data(
    "Patient result lookup",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hospital number and the tests asked for.",
)
lab_results = tg.Data(
    "Haemoglobin and platelet results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
history = tg.Data(
    "Transfusion history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Previous products issued, antibodies and reactions.",
)
guideline = tg.Data(
    "Transfusion guideline",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Local thresholds and indications, based on national guidance.",
)
prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the guideline text, the request, the results and the history.",
)
llm_output = tg.Data(
    "Guideline assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Meets guideline or needs review, with the reason.",
)
mark = tg.Data(
    "Screening mark",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
screening_log = tg.Data("Screening log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
issue_decision = tg.Data("Issue decision", kind="records", sensitivity=tg.Sensitivity.REGULATED)
review_outcome = tg.Data(
    "Haematologist review outcome", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

smartcard = c.Authentication(method="NHS smartcard with PIN")

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Orders blood products for patients on the ward.
    doctor = tm.add(tg.Actor("Ward doctor", role="clinician"))
    # Edits the local transfusion guideline the service works from.
    practitioner = tm.add(tg.Actor("Transfusion practitioner", role="clinical staff"))
    # On-call consultant who reviews requests marked for review.
    haematologist = tm.add(tg.Actor("Haematologist", role="clinician"))
    # Where the order is placed; an existing system.
    epr = tm.add(
        tg.Service(
            "Electronic patient record",
            description="Hospital EPR; order entry and results viewing.",
            controls={smartcard, c.RBAC(), c.AuditLogging()},
        )
    )

    with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
        # Routes HL7 orders between the EPR and the lab systems, as today.
        engine = tm.add(
            tg.Service(
                "HL7 integration engine",
                description="Hospital interface engine; copies blood product orders to the screening service.",
            )
        )
        # The new component: gathers context, asks the LLM, writes the mark back.
        screener = tm.add(
            tg.Service(
                "Transfusion pre-screening service",
                description="Builds the prompt for each request and records the LLM's assessment as a mark.",
                controls={
                    c.HumanInTheLoop(
                        approver="biomedical scientist before issue; haematologist for marked requests"
                    )
                },
            )
        )
        # Holds the latest full blood counts the screening reads.
        lims = tm.add(
            tg.DataStore(
                "Laboratory information system",
                stores={lab_results},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )
        # The local guideline, published as a controlled document.
        guideline_store = tm.add(
            tg.DataStore(
                "Guideline document library",
                stores={guideline},
                controls={c.RBAC(note="only the hospital transfusion team may edit")},
            )
        )
        # Keeps each prompt and assessment for audit and tuning the prompt.
        log_store = tm.add(tg.DataStore("Screening log store", stores={screening_log}))

    with tm.boundary("Blood bank laboratory", trust=tg.Trust.RESTRICTED):
        # Blood bank LIMS: requests, history, marks and issues, with traceability.
        bbis = tm.add(
            tg.DataStore(
                "Blood bank information system",
                stores={request, history, mark, issue_decision, review_outcome},
                controls={smartcard, c.RBAC(), c.AuditLogging(retention_days=10950)},
            )
        )
        # Checks the request and the mark, then issues the product.
        scientist = tm.add(tg.Actor("Biomedical scientist", role="laboratory staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model under a data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Vendor-hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Assesses each request against the guideline text it is given.",
            controls={
                c.SupplierAssessment(note="data processing agreement; no training on our data")
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(doctor, epr, request, protocol="https", label="orders blood product")
tm.flow(epr, doctor, lab_results, protocol="https", label="results view")
tm.flow(epr, engine, request, protocol="mllp")
tm.flow(engine, bbis, request, protocol="mllp")
tm.flow(engine, screener, request, protocol="mllp")

tm.flow(screener, lims, patient_lookup, protocol="https", label="FHIR query")
tm.flow(lims, screener, lab_results, protocol="https")
tm.flow(screener, bbis, patient_lookup, protocol="https", label="history query")
tm.flow(bbis, screener, history, protocol="https")
tm.flow(practitioner, guideline_store, guideline, protocol="https", label="publishes guideline")
tm.flow(guideline_store, screener, guideline, protocol="https")

tm.flow(screener, llm, prompt, protocol="https")
tm.flow(llm, screener, llm_output, protocol="https")
tm.flow(screener, log_store, screening_log)
tm.flow(screener, bbis, mark, protocol="https", label="writes mark")

tm.flow(bbis, scientist, request, mark, history, protocol="https", label="bench worklist")
tm.flow(scientist, bbis, issue_decision, protocol="https")
tm.flow(bbis, haematologist, request, mark, history, protocol="https", label="review queue")
tm.flow(haematologist, bbis, review_outcome, protocol="https")
