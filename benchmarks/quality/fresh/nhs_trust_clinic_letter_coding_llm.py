"""Clinic letter coding assistant: the first design, before any security review.

An NHS hospital trust wants to cut the outpatient coding backlog. Every night a
coding service on the trust's integration servers pulls the outpatient clinic
letters that consultants finalised that day from the electronic patient record
(HL7 FHIR over HTTPS). For each letter it builds a prompt from the letter text and
the national coding standards, and sends it to a hosted LLM in the cloud
provider's UK region under the trust's enterprise agreement. The model suggests
ICD-10 diagnosis and OPCS-4 procedure codes, which the service checks against
the classification tables and queues for the clinical coding team. Coders open
each letter in a coding workbench on the trust network (Active Directory single
sign-on, coder role), accept, change or reject each code, and confirmed codes are
written to the patient administration system, which submits them to NHS
England's Secondary Uses Service each month. Prompts and completions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clinic letter coding assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM suggestions of ICD-10 and OPCS-4 codes from outpatient clinic "
    "letters, confirmed by clinical coders before they reach the PAS.",
)

# ---------------------------------------------------------------- data assets
letter = tg.Data(
    "Outpatient clinic letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Consultant's letter to the GP: NHS number, history, diagnoses, procedures.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
standards = tg.Data(
    "Coding standards and classification tables",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="ICD-10 and OPCS-4 tables and the National Clinical Coding Standards.",
)
prompt = tg.Data(
    "Coding prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, relevant coding standards and the full letter text.",
)
suggested = tg.Data(
    "Suggested clinical codes",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="ICD-10 and OPCS-4 codes with the letter passages they rest on.",
)
confirmed = tg.Data(
    "Confirmed clinical codes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
coder_decision = tg.Data(
    "Coder decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Accept, change or reject for each suggested code.",
)
llm_log = tg.Data(
    "LLM prompt and completion log", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)
sus_extract = tg.Data(
    "Commissioning data set submission",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Monthly outpatient CDS with coded activity, used for payment.",
)
prompt_template = tg.Data(
    "Prompt template", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Trust network", trust=tg.Trust.INTERNAL):
    # Writes and signs off the letters the system codes.
    consultant = tm.add(tg.Actor("Consultant", role="clinician"))
    # Confirms or corrects every suggested code; the accountable decision-maker.
    coder = tm.add(tg.Actor("Clinical coder", role="clinical coder"))
    # Maintains the prompt template and the service's deployment.
    informatics = tm.add(
        tg.Actor("Clinical informatics engineer", role="engineer", privileged=True)
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # Source of the finalised clinic letters; an existing system of record.
        epr = tm.add(
            tg.DataStore(
                "Electronic patient record",
                stores={letter},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed keys")},
            )
        )
        # Where confirmed codes land; it feeds the monthly national submission.
        pas = tm.add(
            tg.DataStore(
                "Patient administration system (PAS)",
                stores={confirmed},
                controls={c.RBAC()},
            )
        )

    with tm.boundary("Integration servers", trust=tg.Trust.INTERNAL):
        # Pulls the day's letters, prompts the LLM and queues the suggestions.
        coding_service = tm.add(
            tg.Service(
                "Nightly letter coding job",
                description="Builds one prompt per letter, calls the hosted LLM and drops "
                "codes that are not in the current classification tables.",
                controls={
                    c.OutputFiltering(note="codes checked against ICD-10 and OPCS-4 tables"),
                    c.SecretsManagement(note="LLM API key in the trust key vault"),
                },
            )
        )
        # Local copy of the classifications and coding standards used in prompts.
        reference = tm.add(tg.DataStore("Coding standards reference", stores={standards}))
        # The coders' worklist: suggestions waiting for review and their outcomes.
        suggestions = tm.add(
            tg.DataStore("Coding suggestions store", stores={suggested, coder_decision})
        )
        # Every prompt and completion, kept for audit and accuracy checks.
        prompt_log = tm.add(tg.DataStore("LLM prompt log", stores={llm_log}))
        # The web application coders work in.
        workbench = tm.add(
            tg.Endpoint(
                "Coding workbench",
                purpose=tg.EndpointPurpose.API,
                description="Shows each letter beside its suggested codes.",
                controls={
                    c.Authentication(method="trust Active Directory single sign-on"),
                    c.RBAC(note="clinical coding role only"),
                    c.HumanInTheLoop(approver="the clinical coder, for every code"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Cloud LLM provider (UK region)", trust=tg.Trust.PARTNER):
    # General-purpose model behind the provider's enterprise API.
    llm = tm.add(
        tg.LLM(
            "Hosted coding LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Suggests diagnosis and procedure codes; codes drive activity "
            "payment and the clinical record.",
            controls={c.SupplierAssessment(note="DSPT and DTAC checks, UK data residency")},
        )
    )

with tm.boundary("NHS England", trust=tg.Trust.PARTNER):
    # National repository that receives the trust's coded activity.
    sus = tm.add(tg.ExternalService("Secondary Uses Service (SUS)"))

# ---------------------------------------------------------------- flows
tm.flow(consultant, epr, letter, protocol="https", label="signs off letter")
tm.flow(
    epr,
    coding_service,
    letter,
    protocol="HL7 FHIR over HTTPS",
    label="nightly batch of finalised letters",
)
tm.flow(reference, coding_service, standards)
tm.flow(informatics, coding_service, prompt_template, protocol="ssh", label="deploys template")
tm.flow(coding_service, llm, prompt, protocol="https")
tm.flow(llm, coding_service, suggested, protocol="https")
tm.flow(coding_service, prompt_log, llm_log)
tm.flow(coding_service, suggestions, suggested)

tm.flow(suggestions, workbench, suggested, label="worklist")
tm.flow(epr, workbench, letter, protocol="HL7 FHIR over HTTPS", label="letter view")
tm.flow(workbench, coder, letter, suggested, protocol="https")
tm.flow(coder, workbench, coder_decision, protocol="https")
tm.flow(workbench, suggestions, coder_decision)
tm.flow(workbench, pas, confirmed, protocol="mllp", label="HL7 v2 coding message")
tm.flow(pas, sus, sus_extract, protocol="MESH over HTTPS", label="monthly submission")
