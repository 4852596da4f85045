"""Employee benefits enrollment assistant: the first design, before any security review.

A large US employer adds a chat assistant to its HR portal for open enrollment.
Employees sign in through the corporate identity provider and ask which
medical, dental and pension options suit them. An agent in the HR cloud
account answers from plan documents indexed in a vector store, and calls tools
that read the employee's HRIS record (dependents, eligibility) and payroll data
(salary, current deductions) to explain per-paycheck costs. A hosted LLM from
a vetted vendor does the reasoning. When the employee confirms the summary of
their choices, a submission tool sends the elections to the external benefits
administrator's API with a client secret kept in the vault; the administrator
returns a nightly deduction file to payroll over SFTP. HR benefits staff
upload plan summaries and rate sheets; conversations are kept for support.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Employee benefits enrollment assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Open-enrollment chat assistant that explains benefit costs and submits elections.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("SSO sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
question = tg.Data("Employee question", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with HR context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation, plan excerpts and the employee's HR and payroll data.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
hr_record = tg.Data(
    "Employee HR record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, SSN, date of birth, address, dependents, eligibility class.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payroll = tg.Data(
    "Payroll data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Salary, pay frequency and current benefit deductions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
elections = tg.Data(
    "Benefit elections",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Chosen medical, dental and pension options, covered dependents, contribution rate.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
confirmation = tg.Data(
    "Enrollment confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
plan_docs = tg.Data(
    "Plan summaries and rate sheets", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
plan_chunks = tg.Data(
    "Plan document chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Employees use the portal from corporate laptops and personal phones.
    employee = tm.add(tg.Actor("Employee", role="employee"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The corporate SSO tenant all employees already use.
    idp = tm.add(tg.ExternalService("Corporate identity provider", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model under an enterprise agreement reviewed by procurement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on our data")},
        )
    )

with tm.boundary("Benefits administrator", trust=tg.Trust.PARTNER):
    # Third-party administrator that runs enrollment and feeds the carriers.
    admin_api = tm.add(tg.ExternalService("Benefits administrator API", provides="generic"))

with tm.boundary("HR cloud account", trust=tg.Trust.INTERNAL):
    # Chat endpoint embedded in the HR portal.
    chat_api = tm.add(
        tg.Endpoint(
            "Enrollment chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via corporate SSO")},
        )
    )
    # Orchestrates the conversation, retrieval and tool calls.
    agent = tm.add(
        tg.Agent(
            "Enrollment agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="the employee confirms the election summary")},
        )
    )
    # Plan documents for answering coverage and cost questions.
    plan_index = tm.add(tg.VectorStore("Plan document index", stores={plan_chunks}))
    # Chunks and embeds documents that HR uploads each enrollment season.
    indexer = tm.add(tg.Pipeline("Plan document indexer", stage=tg.Stage.INGESTION))
    # Reads the signed-in employee's HRIS record through a service account.
    hr_tool = tm.add(tg.Tool("HR record lookup", capabilities={"read"}))
    # Reads salary and current deductions through a service account.
    payroll_tool = tm.add(tg.Tool("Payroll lookup", capabilities={"read"}))
    # Sends confirmed elections to the benefits administrator.
    submit_tool = tm.add(
        tg.Tool(
            "Election submission",
            capabilities={"write"},
            controls={c.SecretsManagement(note="administrator OAuth client secret in the vault")},
        )
    )
    # Kept so HR support can answer follow-up questions and disputes.
    transcript_store = tm.add(tg.DataStore("Conversation log store", stores={transcripts}))

    with tm.boundary("HR systems", trust=tg.Trust.RESTRICTED):
        # System of record for employees and dependents.
        hris = tm.add(
            tg.DataStore(
                "HRIS database",
                stores={hr_record},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Payroll system of record.
        payroll_db = tm.add(
            tg.DataStore(
                "Payroll system",
                stores={payroll, elections},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Benefits team that publishes plan documents each season.
    hr_staff = tm.add(tg.Actor("HR benefits specialist", role="hr staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(employee, idp, sign_in, protocol="https")
tm.flow(idp, employee, id_token, protocol="https")
tm.flow(employee, chat_api, id_token, question, elections, protocol="https")
tm.flow(chat_api, employee, reply, protocol="https")
tm.flow(chat_api, agent, question, elections)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, tool_call, protocol="https")
tm.flow(agent, plan_index, question, label="similarity query")
tm.flow(plan_index, agent, plan_chunks)

tm.flow(agent, hr_tool, tool_call)
tm.flow(hr_tool, hris, tool_call, label="query by employee id")
tm.flow(hris, hr_tool, hr_record)
tm.flow(hr_tool, agent, hr_record)
tm.flow(agent, payroll_tool, tool_call)
tm.flow(payroll_tool, payroll_db, tool_call, label="query by employee id")
tm.flow(payroll_db, payroll_tool, payroll)
tm.flow(payroll_tool, agent, payroll)

tm.flow(agent, submit_tool, elections)
tm.flow(submit_tool, admin_api, elections, protocol="https")
tm.flow(admin_api, submit_tool, confirmation, protocol="https")
tm.flow(submit_tool, agent, confirmation)
tm.flow(admin_api, payroll_db, elections, protocol="sftp", label="nightly deduction file")

tm.flow(agent, transcript_store, transcripts)
tm.flow(hr_staff, indexer, plan_docs, label="upload")
tm.flow(indexer, plan_index, plan_chunks)
