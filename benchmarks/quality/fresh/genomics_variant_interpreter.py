"""Genomics variant interpreter: the first design, before any security review.

The hospital's molecular genetics lab sequences patient DNA for test orders that
arrive from the lab information system (LIS). The sequencing pipeline writes
variant call files (VCFs) to the lab's genomic data store. An annotation service
enriches each variant using a local mirror of public variant databases (ClinVar,
gnomAD and similar), which a sync job downloads every night along with new
PubMed abstracts for the literature index. Geneticists open a case in the
interpretation web app; an orchestrator pulls the annotated variants, retrieves
literature and asks a self-hosted open-weights LLM on the hospital's GPU cluster
to summarise the evidence for each variant. The draft goes into the LIS, where a
geneticist edits and signs off the report; nothing reaches the patient record
unsigned. Staff log in with hospital SSO, the genomic store is encrypted, and the
LIS has role-based access and an audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Genomics variant interpreter",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM-assisted evidence summaries for patient DNA variants, signed off by geneticists.",
)

# ---------------------------------------------------------------- data assets
test_order = tg.Data(
    "Genetic test order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient identifiers, clinical indication and phenotype terms.",
)
raw_variants = tg.Data(
    "Patient variant calls (VCF)",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
annotated_variants = tg.Data(
    "Annotated patient variants",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
public_annotations = tg.Data(
    "Public variant database releases",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="ClinVar, gnomAD and similar releases: classifications, frequencies.",
)
abstracts = tg.Data("PubMed abstracts", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
literature_chunks = tg.Data(
    "Literature chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
literature_query = tg.Data(
    "Literature query",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gene, variant notation and phenotype terms for one case.",
)
evidence_prompt = tg.Data(
    "Variant evidence prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the variant's annotations, the indication and retrieved abstracts.",
)
evidence_summary = tg.Data(
    "Evidence summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
case_request = tg.Data("Case selection", kind="records", sensitivity=tg.Sensitivity.REGULATED)
draft_report = tg.Data(
    "Draft interpretation report", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
signed_report = tg.Data(
    "Signed clinical report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
weights = tg.Data("Open LLM weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public reference databases the lab relies on for classifications and frequencies.
    variant_dbs = tm.add(
        tg.DataSource(
            "Public variant databases",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_annotations},
            description="ClinVar, gnomAD, dbSNP release files over HTTPS/FTP mirrors.",
        )
    )
    # Source of the literature the assistant cites.
    pubmed = tm.add(
        tg.DataSource(
            "PubMed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={abstracts},
            description="NCBI E-utilities; new abstracts matching gene lists.",
        )
    )
    # Where the open-weights model was downloaded from by the platform team.
    model_hub = tm.add(tg.ExternalService("Model hub", provides="model-hub"))

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Clinical geneticists who review evidence and sign reports.
    geneticist = tm.add(tg.Actor("Clinical geneticist", role="geneticist"))
    # System of record for orders and signed reports; sign-off happens here.
    lis = tm.add(
        tg.DataStore(
            "Lab information system",
            stores={test_order, draft_report, signed_report},
            controls={
                c.RBAC(),
                c.AuditLogging(note="LIS built-in audit trail"),
                c.HumanInTheLoop(approver="signing clinical geneticist"),
            },
        )
    )

    with tm.boundary("Genomics lab enclave", trust=tg.Trust.RESTRICTED):
        # Demultiplexing, alignment and variant calling on the sequencer output.
        sequencing = tm.add(
            tg.Pipeline(
                "Sequencing pipeline",
                stage=tg.Stage.INGESTION,
                third_party_packages=True,
                description="bcl2fastq, BWA, GATK in containers on the lab HPC nodes.",
            )
        )
        # Holds the patients' VCFs and their annotated versions.
        genomic_store = tm.add(
            tg.DataStore(
                "Genomic data store",
                stores={raw_variants, annotated_variants},
                controls={c.EncryptionAtRest(key_management="hospital HSM"), c.RBAC()},
            )
        )
        # Enriches patient variants from the local reference mirror.
        annotator = tm.add(
            tg.Service(
                "Annotation service",
                description="VEP-style annotation against the local reference mirror.",
            )
        )
        # Local copy of the public databases, refreshed nightly.
        reference_mirror = tm.add(
            tg.DataStore("Variant reference mirror", stores={public_annotations})
        )
        # Nightly download of database releases and new abstracts.
        sync_job = tm.add(
            tg.Pipeline(
                "Nightly reference sync",
                stage=tg.Stage.INGESTION,
                description="Downloads releases and abstracts, chunks and embeds the abstracts.",
            )
        )

    with tm.boundary("GPU cluster", trust=tg.Trust.INTERNAL):
        # Web app the geneticists use to open a case and read the evidence.
        interpretation_app = tm.add(
            tg.Endpoint(
                "Interpretation web app",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="hospital SSO (SAML)")},
            )
        )
        # Assembles each variant's evidence and calls the model.
        orchestrator = tm.add(
            tg.Service(
                "Evidence orchestrator",
                description="Per variant: fetch annotations, retrieve literature, prompt the LLM.",
            )
        )
        # Embedded abstracts for retrieval.
        literature_index = tm.add(tg.VectorStore("Literature index", stores={literature_chunks}))
        # Self-hosted open-weights model; no patient data leaves the hospital.
        llm = tm.add(
            tg.LLM(
                "Evidence summarisation LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="An open-weights instruct model served with vLLM on hospital GPUs.",
            )
        )

# ---------------------------------------------------------------- flows
# orders and sequencing
tm.flow(lis, sequencing, test_order, protocol="mllp", label="HL7 test order")
tm.flow(sequencing, genomic_store, raw_variants)
tm.flow(genomic_store, annotator, raw_variants)
tm.flow(annotator, genomic_store, annotated_variants)

# nightly reference and literature sync
tm.flow(variant_dbs, sync_job, public_annotations, protocol="https", label="nightly download")
tm.flow(pubmed, sync_job, abstracts, protocol="https", label="nightly download")
tm.flow(sync_job, reference_mirror, public_annotations)
tm.flow(sync_job, literature_index, literature_chunks)
tm.flow(reference_mirror, annotator, public_annotations)

# model weights, pulled once by the platform team
tm.flow(model_hub, llm, weights, protocol="https", label="weights download")

# interpretation
tm.flow(geneticist, interpretation_app, case_request, protocol="https")
tm.flow(interpretation_app, orchestrator, case_request)
tm.flow(lis, orchestrator, test_order, label="indication and phenotype")
tm.flow(genomic_store, orchestrator, annotated_variants)
tm.flow(orchestrator, literature_index, literature_query, label="similarity query")
tm.flow(literature_index, orchestrator, literature_chunks, label="retrieved abstracts")
tm.flow(orchestrator, llm, evidence_prompt)
tm.flow(llm, orchestrator, evidence_summary)
tm.flow(orchestrator, interpretation_app, evidence_summary)
tm.flow(interpretation_app, geneticist, evidence_summary, protocol="https")

# report and sign-off
tm.flow(orchestrator, lis, draft_report, protocol="mllp", label="HL7 draft report")
tm.flow(lis, geneticist, draft_report, protocol="https", label="review in LIS")
tm.flow(geneticist, lis, signed_report, protocol="https", label="sign-off")
