-- Policy library: each policy is kept as its human-readable document (the YAML of
-- docs/policy-format.md), with the columns needed to list and find it. The fact catalogue is one
-- document as well. (YEAR and DOMAIN are H2 keywords, hence policy_year and care_domain.)

CREATE TABLE policy (
    id           VARCHAR(100)  PRIMARY KEY,
    insurer_id   VARCHAR(40)   NOT NULL REFERENCES insurer (id),
    policy_year  INT           NOT NULL,
    care_domain  VARCHAR(40)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    document     CLOB          NOT NULL,
    source_file  VARCHAR(300),
    version      INT           NOT NULL DEFAULT 0,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX policy_insurer_idx ON policy (insurer_id, policy_year);

CREATE TABLE fact_catalog (
    id          INT   PRIMARY KEY CHECK (id = 1),
    document    CLOB  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
