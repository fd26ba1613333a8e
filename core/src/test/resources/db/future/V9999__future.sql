-- Stands for a migration of a later release, which this build does not know.
CREATE TABLE future_feature (
    id INT PRIMARY KEY
);
