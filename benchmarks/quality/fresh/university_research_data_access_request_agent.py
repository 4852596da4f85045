"""Research data access request agent for a university: the first design.

Researchers (staff and doctoral students) ask for access to sensitive research
datasets, such as pseudonymised linked health records, through a request portal
they sign in to with university SSO. They fill in a form and upload the
ethics approval letter and signed data use agreement. An LLM agent reads the
request, checks the approval in the ethics review system and the dataset's
conditions in the data agreements register, writes its assessment to the case,
and provisions access by adding the researcher to the project group in the
trusted research environment (TRE). Lower-tier datasets are provisioned
straight away; for the most sensitive tiers a data steward approves in the
portal first. Researchers then work on the data inside the TRE. Controls: SSO
with MFA, upload checks, scoped provisioning rights, steward approval for high
tiers, role-based access, encryption and audit logging in the TRE.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Research data access request agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that checks researchers' access requests for sensitive datasets "
        "against ethics approvals and data agreements and provisions TRE access."
    ),
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "University sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
id_token = tg.Data("SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
request_form = tg.Data(
    "Access request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Researcher, project, dataset and tier asked for, free-text justification.",
)
supporting_docs = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Uploaded PDFs: ethics approval letter, signed data use agreement, protocol.",
)
case_file = tg.Data(
    "Request case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The request, its documents, the agent's checks and the decision trail.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the request, extracted document text and tool results.",
)
agent_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
ethics_query = tg.Data(
    "Ethics approval lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
ethics_records = tg.Data(
    "Ethics approval records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Approval reference, project, named researchers, validity dates, conditions.",
)
ethics_result = tg.Data(
    "Ethics approval status", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agreement_query = tg.Data("Agreement lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
agreements = tg.Data(
    "Data use agreements and dataset conditions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Per dataset: tier, data provider's conditions, approved projects and users.",
)
agreement_result = tg.Data(
    "Agreement conditions", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
assessment = tg.Data(
    "Access assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The agent's findings on each check and its recommendation.",
)
steward_approval = tg.Data(
    "Steward approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve or reject, for tier 3 and tier 4 requests.",
)
provisioning_call = tg.Data("Provisioning call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
access_grant = tg.Data(
    "TRE access grant",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Researcher added to the project's dataset group, with an expiry date.",
)
provisioning_result = tg.Data(
    "Provisioning result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
decision = tg.Data("Request decision notice", kind="records", sensitivity=tg.Sensitivity.PII)
research_data = tg.Data(
    "Sensitive research datasets",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pseudonymised linked health and social care records, survey microdata.",
)
tre_session = tg.Data(
    "TRE analysis session",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Remote desktop into the project workspace; no download of raw data.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff and doctoral researchers, working on and off campus.
    researcher = tm.add(tg.Actor("Researcher", role="researcher"))

with tm.boundary("Cloud identity tenant", trust=tg.Trust.PARTNER):
    # The university's cloud identity provider tenant, used for all staff and student sign-in.
    idp = tm.add(
        tg.ExternalService(
            "University identity provider",
            provides="identity-provider",
            description="Cloud SSO tenant with MFA enforced for staff and research students.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model behind the agent, under the university's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            high_stakes=True,
            description="Reads requests and documents and recommends whether access is allowed.",
            controls={
                c.SupplierAssessment(note="enterprise agreement, DPA, no training on our data")
            },
        )
    )

with tm.boundary("University research services", trust=tg.Trust.INTERNAL):
    # Where researchers submit requests and data stewards approve them.
    portal = tm.add(
        tg.Endpoint(
            "Access request portal",
            purpose="api",
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.InputValidation(note="PDF only, 20 MB limit, antivirus scan on upload"),
            },
        )
    )
    # Case records for each request: what was asked, what was checked, what was decided.
    case_store = tm.add(
        tg.DataStore(
            "Request case store",
            stores={case_file, supporting_docs, assessment},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Works each request through the checks and provisions access.
    agent = tm.add(
        tg.Agent(
            "Access request agent",
            autonomy="supervised",
            description="Checks ethics approval and agreement conditions, then provisions access.",
        )
    )
    # Looks up the ethics approval the researcher cites.
    ethics_tool = tm.add(
        tg.Tool(
            "Ethics approval lookup tool",
            capabilities={"read"},
            description="Returns the approval record for an approval reference.",
        )
    )
    # Looks up the dataset's tier and the data use agreement it is held under.
    agreement_tool = tm.add(
        tg.Tool(
            "Agreement register lookup tool",
            capabilities={"read"},
            description="Returns the dataset's tier, conditions and approved projects.",
        )
    )
    # Grants access: adds the researcher to the project's dataset group in the TRE.
    provisioning_tool = tm.add(
        tg.Tool(
            "TRE access provisioning tool",
            capabilities={"write"},
            description="Adds or removes a user in a TRE project group.",
            controls={
                c.LeastPrivilegeTools(note="service principal can only manage TRE project groups"),
                c.HumanInTheLoop(
                    approver="data steward",
                    note="tier 3 and tier 4 datasets only; tier 1 and 2 are provisioned automatically",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Research ethics committee's system of record for approvals.
    ethics_system = tm.add(
        tg.DataStore("Ethics review system", stores={ethics_records}, controls={c.RBAC()})
    )
    # Research data office's register of data use agreements and dataset tiers.
    agreements_register = tm.add(tg.DataStore("Data agreements register", stores={agreements}))

with tm.boundary("Trusted research environment", trust=tg.Trust.RESTRICTED):
    # Secure workspace where approved researchers analyse the data; nothing leaves unchecked.
    tre = tm.add(
        tg.Service(
            "TRE workspace",
            description="Virtual desktops per project; access is by project group membership.",
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.RBAC(note="project group membership decides which datasets mount"),
                c.AuditLogging(),
            },
        )
    )
    # The sensitive datasets themselves.
    datasets = tm.add(
        tg.DataStore(
            "Research dataset store",
            stores={research_data},
            controls={
                c.EncryptionAtRest(key_management="customer-managed keys in HSM-backed vault"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Research data office", trust=tg.Trust.INTERNAL):
    # Reviews and approves high-tier requests.
    steward = tm.add(tg.Actor("Data steward", role="data steward"))

# ---------------------------------------------------------------- flows
# Sign-in
tm.flow(researcher, idp, credentials, protocol="https")
tm.flow(idp, portal, id_token, protocol="oidc")

# Submitting a request and hearing back
tm.flow(researcher, portal, request_form, supporting_docs, protocol="https")
tm.flow(portal, researcher, decision, protocol="https")
tm.flow(portal, case_store, case_file, supporting_docs)
tm.flow(case_store, portal, case_file, assessment)

# The agent works the case
tm.flow(portal, agent, request_form, label="new request")
tm.flow(case_store, agent, supporting_docs)
tm.flow(agent, case_store, assessment)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")
tm.flow(agent, portal, decision)

# Checks
tm.flow(agent, ethics_tool, ethics_query)
tm.flow(ethics_tool, ethics_system, ethics_query, protocol="https")
tm.flow(ethics_system, ethics_tool, ethics_records, protocol="https")
tm.flow(ethics_tool, agent, ethics_result)
tm.flow(agent, agreement_tool, agreement_query)
tm.flow(agreement_tool, agreements_register, agreement_query, protocol="https")
tm.flow(agreements_register, agreement_tool, agreements, protocol="https")
tm.flow(agreement_tool, agent, agreement_result)

# Steward approval for high tiers
tm.flow(portal, steward, case_file, assessment, protocol="https", label="approval queue")
tm.flow(steward, portal, steward_approval, protocol="https")
tm.flow(portal, agent, steward_approval)

# Provisioning
tm.flow(agent, provisioning_tool, provisioning_call)
tm.flow(provisioning_tool, tre, access_grant, protocol="https")
tm.flow(tre, provisioning_tool, provisioning_result, protocol="https")
tm.flow(provisioning_tool, agent, provisioning_result)

# Working with the data
tm.flow(researcher, tre, tre_session, protocol="https", label="remote desktop")
tm.flow(tre, researcher, tre_session, protocol="https", label="remote desktop")
tm.flow(datasets, tre, research_data)
