"""Clinical coding assistant: the first design, before any security review.

A US hospital's health information management team uses it to speed up inpatient
coding. When a patient is discharged, the interface engine sends the signed
discharge summary and encounter details from the EHR as HL7 v2 messages over MLLP
to a coding suggestion service. The service retrieves the relevant ICD-10-CM/PCS
guideline passages from an index built from the public CMS code sets, and asks an
LLM hosted by a cloud provider under a BAA to suggest diagnosis and procedure codes
with the supporting sentences. Suggestions not in the current code set release are
dropped, and the rest wait in a worklist. Certified coders audit each case in a web
workbench (hospital SSO with MFA), accept, change or reject the codes, and only
coder-finalised codes go to the billing system, which sends claims to the
clearinghouse by SFTP. Prompts, suggestions and coder decisions are kept in an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clinical coding assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM-suggested ICD-10 and procedure codes from discharge summaries, "
    "audited by coders before billing.",
)

# ---------------------------------------------------------------- data assets
summary = tg.Data(
    "Discharge summary",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Signed physician narrative: diagnoses, procedures, course, medications.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
encounter = tg.Data(
    "Encounter details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="MRN, account number, dates, payer, attending physician.",
)
coding_prompt = tg.Data(
    "Coding prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions, the full discharge summary and retrieved guideline passages.",
)
suggestions = tg.Data(
    "Suggested diagnosis and procedure codes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="ICD-10-CM and ICD-10-PCS codes, principal diagnosis, evidence sentences.",
)
guidelines = tg.Data(
    "ICD-10 code sets and coding guidelines",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
)
guideline_chunks = tg.Data(
    "Guideline passages and embeddings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="retrieved-context",
)
final_codes = tg.Data(
    "Coder-finalised codes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim = tg.Data("Institutional claim", sensitivity=tg.Sensitivity.REGULATED, kind="records")
audit_trail = tg.Data(
    "Coding audit trail",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
    description="Prompts, suggestions, coder edits and who finalised each case.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the yearly ICD-10-CM/PCS releases and official guidelines are published.
    cms = tm.add(
        tg.DataSource(
            "CMS code set releases",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={guidelines},
            description="Annual ICD-10-CM/PCS files and official coding guidelines.",
        )
    )

with tm.boundary("Cloud LLM provider", trust=tg.Trust.PARTNER):
    # The model that reads the summary and proposes codes.
    llm = tm.add(
        tg.LLM(
            "Hosted coding LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model prompted for inpatient coding; "
            "its codes drive what the hospital bills.",
            controls={c.SupplierAssessment(note="BAA signed; zero data retention configured")},
        )
    )

with tm.boundary("Clearinghouse", trust=tg.Trust.PARTNER):
    # Forwards claims to payers.
    clearinghouse = tm.add(tg.ExternalService("Claims clearinghouse"))

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Physicians write and sign the discharge summary in the EHR.
    physician = tm.add(tg.Actor("Attending physician", role="clinician"))
    # Certified coders who audit every suggestion before it is billed.
    coder = tm.add(tg.Actor("Clinical coder", role="health information management"))
    # Patient accounting: turns finalised codes into claims.
    billing = tm.add(
        tg.Service(
            "Patient accounting and billing system",
            description="Groups the codes to a DRG and produces 837I claims.",
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The record the summaries come from.
        ehr = tm.add(
            tg.DataStore(
                "EHR",
                stores={summary, encounter},
                controls={c.EncryptionAtRest(), c.RBAC(), c.AuditLogging()},
            )
        )
        # Sends discharge documents on to downstream systems.
        interface_engine = tm.add(
            tg.Service(
                "Interface engine",
                description="Routes MDM and ADT messages on discharge to the coding service.",
            )
        )

    with tm.boundary("Coding platform", trust=tg.Trust.INTERNAL):
        # Builds the prompt, calls the LLM and checks codes against the code set.
        suggester = tm.add(
            tg.Service(
                "Coding suggestion service",
                controls={
                    c.OutputFiltering(
                        note="codes not in the current ICD-10-CM/PCS release are dropped"
                    ),
                    c.SecretsManagement(),
                },
            )
        )
        # Official guideline passages retrieved into the prompt.
        guideline_index = tm.add(
            tg.VectorStore("Coding guideline index", stores={guideline_chunks})
        )
        # Loads each new code set release into the index.
        indexer = tm.add(
            tg.Pipeline(
                "Guideline indexing job",
                stage=tg.Stage.INGESTION,
                description="Run by the HIM analyst when CMS publishes a release.",
            )
        )
        # Cases with suggested codes waiting for a coder.
        worklist = tm.add(
            tg.DataStore(
                "Coding worklist",
                stores={summary, encounter, suggestions, final_codes},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # The web app coders audit cases in.
        workbench = tm.add(
            tg.Endpoint(
                "Coder workbench",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="hospital SSO with MFA"),
                    c.RBAC(),
                    c.HumanInTheLoop(approver="certified coder"),
                },
            )
        )
        # Compliance record of what the model suggested and what coders did.
        audit_log = tm.add(
            tg.DataStore(
                "Coding audit log",
                stores={audit_trail},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(physician, ehr, summary, label="writes and signs")
tm.flow(ehr, interface_engine, summary, encounter)
tm.flow(interface_engine, suggester, summary, encounter, protocol="mllp")

tm.flow(cms, indexer, guidelines, protocol="https")
tm.flow(indexer, guideline_index, guideline_chunks)
tm.flow(suggester, guideline_index, summary, label="similarity query")
tm.flow(guideline_index, suggester, guideline_chunks)

tm.flow(suggester, llm, coding_prompt, protocol="https")
tm.flow(llm, suggester, suggestions, protocol="https")
tm.flow(suggester, worklist, summary, encounter, suggestions)
tm.flow(suggester, audit_log, audit_trail)

tm.flow(worklist, workbench, summary, encounter, suggestions)
tm.flow(workbench, coder, summary, encounter, suggestions, protocol="https")
tm.flow(coder, workbench, final_codes, protocol="https")
tm.flow(workbench, worklist, final_codes)
tm.flow(workbench, audit_log, audit_trail)
tm.flow(workbench, billing, final_codes, encounter, protocol="https")
tm.flow(billing, clearinghouse, claim, protocol="sftp")
